"""The answering authority, resolved to one catalogue entry from every place that names or implies it.

Evidence and its weight: the name in the letterhead or sign-off (3), a salutation addressed to it (2.5),
the domain of an email address (2) or link (1.5), the name as the subject of the reply's own statement
("Welsh Government holds information of this description", 1.5 each, at most 3), the name in the body (1
each, at most 3) or in the body of the requester's own message (``request``: 0.5 each, at most 1.5), its own
abbreviation ("KCC can confirm", 1 each, at most 2). Names inside review-rights or commissioner boilerplate do
not count: every reply names the Information Commissioner's Office.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

from ..catalogue import COUNCIL_KIND_WORDS, AuthorityEntry, singular_name
from ..models import Authority, AuthorityEvidence, AuthorityEvidenceKind, Span
from ..scan import POSTCODE, matches_at, occurrences
from ..segment import (
    WDTK_MADE_REQUEST,
    WDTK_STATUS_RE,
    Layout,
    Line,
    addressee_of,
    addresses_an_organisation,
    is_person_name,
)
from .context import ITEM_MARK, Context

# Only the host matters; starting at "@" lets the regex engine jump between "@" signs.
# A letter's text wraps an address at a hyphen of its domain ("freedom.info@education-\nni.gov.uk", the Department of
# Education's reply on WhatDoTheyKnow, which cleaning rejoins as "education- ni.gov.uk"): the domain is read across.
_EMAIL_RE = re.compile(r"@(?P<host>[A-Za-z0-9-]*[A-Za-z0-9](?:-[ \n][A-Za-z0-9-]+)?(?:\.[A-Za-z0-9-]+)+)")
_LINK_RE = re.compile(r"(?=[hHwW])(?:https?://|www\.)(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)
# Title-case prose ("The Complainant Has Requested Information From The University", an ICO summary) is not a
# name: no word of an unknown university's name is a function word.
# (and a request's own word before the subject it names: "FOI Request School Exclusions" heading the Moray Council's
# page of published requests, no "Request School")
# (nor a question's first word before the body it asks about: "Does University conduct experiments on living
# animals?", a log's question glued to the date before it, "2 May 2012Does University conduct ...", Staffordshire
# University's log)
_FUNCTION_WORD = (
    r"(?:The|From|Of|At|To|In|For|And|By|With|On|This|That|An?|Our|Your|Its|Their|Which|Requests?"
    r"|Does|Do|Did|Is|Are|Was|Were|Has|Have|Had|Can|Could|Will|Would|Should|How|What|Why|Who|When|Where)\b"
)
_CONJUNCTION = r"(?:While|Whilst|When|Where|If|As|Although|Though|Because|Since|Once|Unless|Until|However|Therefore)"
# A place's name, hyphenated words and all: "Chapel-en-le-Frith", "Chapel-En-Le-Frith" (an ICO decision notice on its
# parish council, the heading and the text spelling it each way), "Stockton-on-Tees".
_PLACE_WORD = r"[A-Z][a-z]+(?:-(?:[a-z]{1,5}-){0,2}[A-Z][a-z]+){0,3}"
# A local safeguarding board or partnership, a body of its own beside the council it is named for.
_SAFEGUARDING_BOARD = r"(?:Local )?Safeguarding (?:Children|Adults)(?:'s?)? (?:Board|Partnership)"
# The words ending a GP practice's name ("Park End Surgery", "Castle Medical Centre").
_GP_PRACTICE_WORDS = r"(?:Surgery|Medical (?:Centre|Practice|Group)|Health Centre|Group Practice)"
# Names of bodies not in the catalogue, kept as written ("Anytown Borough Council", "University of Anytown"). A
# parish's name may join two places: "East Stoke with Thorpe Parish Council".
_UNKNOWN_NAME_RE = re.compile(
    r"\b(?=[A-Z])(?:(?:London|Royal) Borough of (?:[A-Z][a-z]+)(?: (?:and|upon) [A-Z][a-z]+)?"
    # ("Shardlow & Great Wilne Parish Council", "Ellingham, Harbridge and Ibsley Parish Council": the First-tier
    # Tribunal). A comma joins places only in a list that ends "and" or "&" the last: not WhatDoTheyKnow's sender
    # line "Clerk, Little Snoring Parish Council", the clerk's title then the council.
    # (no word of a log's title for a place: "FOI Request Council Commercial Property Purchases", Moray Council's log)
    # (nor a conjunction opening a sentence whose council's name was blanked: "While  Council  recognises  there  is
    # always  going  to  be  a  public  interest ...", a council's EIR refusal on WhatDoTheyKnow, its name redacted)
    # (nor a university's governing body: "the minutes of the University Council meeting", a request to Staffordshire
    # University)
    rf"|(?:(?!(?:Request|Response|Reply|Enquiry|Information|University|{_CONJUNCTION})\b){_PLACE_WORD}"
    rf"(?:(?: |-|, (?=[^,\n]{{1,40}}(?:, [^,\n]{{1,40}}){{0,3}},? (?:and|&) )|, (?=and |& ))"
    rf"(?:and |& |upon |on |under |in |with )?{_PLACE_WORD}){{0,4}}) "
    r"(?:(?:County|Borough|City|District|Metropolitan Borough|Town) )?Council"
    # (not "Council" as a word describing what follows: "Unoccupied Council Houses / Tax - Freedom of information
    # requests", a title on Scottish Borders Council's log)
    # (or "Emergency Council Accommodation <5*", a kind of temporary housing in Moray Council's log)
    r"(?! (?:Houses?|Homes?|Housing|Accommodation|Tax|Tenants?|Tenancy|Estates?|Properties|Property|Flats?|Rents?)\b)"
    # (not the chief officers' association: "the Association of Chief Police Officers in Scotland (ACPOS)" in Police
    # Scotland's refusal, which names itself nowhere)
    # (nor a longer title's first words: "National Police and Emergency Services Framework Agreement for Electronic
    # Security" asked about on the Metropolitan Police Service's page)
    r"|(?!Chief )(?:[A-Z][a-z]+(?: and [A-Z][a-z]+)?) (?:Police(?! Officers?\b)(?! and [A-Z])|Constabulary"
    r"|Fire and Rescue Service)"
    # A local safeguarding board, a body of its own beside its council: "Dear Bury Safeguarding Children Board,".
    rf"|(?:[A-Z][a-z]+(?: and [A-Z][a-z]+)?) {_SAFEGUARDING_BOARD}"
    # "Dudley Integrated Health and Care NHS Trust", "Tees, Esk and Wear Valleys NHS Foundation Trust", "Stafford and
    # Stoke on Trent Partnership NHS Trust" (an ICO decision notice on a trust since dissolved)
    # (and the primary care trusts of 2002-2013: "Liverpool NHS Primary Care Trust (the "PCT")", an ICO decision)
    r"|(?:(?!The )[A-Z][a-z]+(?:,? (?:and |& |on |upon )?[A-Z][a-z]+){0,6}) NHS (?:Foundation |Primary Care )?Trust"
    # Schools, colleges, academies and the trusts running them answer requests of their own ("John Hampden Grammar
    # School" signing a reply; "Dear Cuckoo Hall Academies Trust," quoted above a trust's answer; "Dear Cowes
    # Enterprise College, An Ormiston Academy, Cowes,": the first name greeted).
    # Two places may share one: "Foyle and Londonderry College" (an ICO decision notice); or a founder its place:
    # "Howard of Effingham School" (another); not "The Governing Body of Garforth Community College", the body's
    # governors; nor, after "the Board of", "Management of Motherwell College" (a Scottish decision on "the Board
    # of Management of Motherwell College"), where the college's own name is the one to take.
    # A saint's or a founder's name takes its possessive: "St Ursula's Catholic Infant School" (an ICO decision notice),
    # "King's College"; and a plural its apostrophe: "Dear Batley Girls' High School - Visual Arts College," (a
    # WhatDoTheyKnow request, the school signing "Batley Girls' High School").
    rf"|(?<!Board of )(?:(?!{_FUNCTION_WORD})[A-Z][a-z]+(?:'s|(?<=s)')?(?: (?:and |of (?<!Body of )(?<!Board of )"
    rf"(?<!Governors of )(?<!Trustees of ))?(?!{_FUNCTION_WORD})[A-Z][a-z]+(?:'s|(?<=s)')?){{0,3}})"
    r" (?:(?:Multi[- ])?Academ(?:y|ies) Trust|Schools Trust|Learning Trust|Education Trust|School|Academy"
    # A college of a collegiate university goes by its university's city too: "Dear Worcester College, Oxford,".
    r"|College(?:, (?:Oxford|Cambridge|Durham)\b)?)"
    # (not a longer name's start: "the Royal College of Psychiatrists' patient information leaflet", a mental health
    # trust's reply; "London School of Economics"; nor the benefit: "Students receiving Free School Meals", the title
    # of Lincolnshire County Council's published response, "Universal Infant Free School Meals")
    # (nor a service's: "FOI Request - Wraparound After School and Breakfast Club Provision", Moray Council's log)
    # (nor a thing of schools a title names, a plural or a service after the word: "Fixed Penalty Notices for
    # Unauthorised School Absences", the title of Lincolnshire County Council's published response; "School Census")
    r"(?! of [A-Z]| Meals?\b| (?:and |& )?(?:Breakfast )?Clubs?\b| [A-Z][a-z]+s\b"
    r"| (?:Absence|Attendance|Admission|Census|Transport|Website)\b)"
    # A GP practice (each GP a public authority, the practice answering for them): "Park End Surgery", "Castle
    # Medical Centre"; read only where greeted or defined as the body a decision is about (see _GP_PRACTICE_RE).
    rf"|(?:(?!{_FUNCTION_WORD})[A-Z][a-z]+(?: (?!{_FUNCTION_WORD})[A-Z][a-z]+){{0,3}}) {_GP_PRACTICE_WORDS}"
    # After the trusts, and never before "Hospitals" or "Health Board": "Oxford University Hospitals" is a trust.
    r"|University of (?:the )?[A-Z][a-z]+(?:(?: and| of)? [A-Z][a-z]+){0,2}"
    rf"|(?:(?!{_FUNCTION_WORD})[A-Z][a-z]+(?: (?!{_FUNCTION_WORD})[A-Z][a-z]+){{0,2}}) University"
    r"(?! (?:Hospitals?|Health|Healthcare|Teaching|NHS)\b))\b"
)
# "EA to the Headteacher", "PA to the Chief Executive": a job title, not an abbreviation of a body (the Environment
# Agency's "EA" signed off a grammar school's reply).
# Or a grade of doctor: "Consultants, SAS Doctors, Allied Health Professionals (AHPs)" (Specialty and Associate
# Specialist doctors, in a request to Gloucestershire Health and Care NHS Foundation Trust), not the Scottish Ambulance
# Service.
_JOB_TITLE_AFTER_RE = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]|[ \t]+(?:[Dd]octors?|[Gg]rades?)\b")
# The abbreviation as the subject of what the body is doing: "UWS is competing not only with other Scottish
# Universities" (the University of the West of Scotland's refusal, which names itself no other way).
_DOING_RE = re.compile(r"[ \t]+(?:is|are)[ \t]+(?:not[ \t]+)?[a-z]{2,}ing\b")
# "an FCA have": one of a kind as the subject, not the body speaking (Cafcass's "concerns about malpractice of an FCA
# have already been published", a family court adviser, not the Financial Conduct Authority). Still the body's
# abbreviation before a noun: "an LAS vehicle", "an IPCC letter".
_ARTICLE_BEFORE_RE = re.compile(r"\b[Aa]n?[ \t]+$")
_ANY_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+$")
# A body of its own named for a catalogued one: a school ("Dear University of Birmingham School,") or a local
# safeguarding board or partnership ("Dear Bury Safeguarding Children Board," on WhatDoTheyKnow, not Bury Council).
_OWN_BODY_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:(?:Free|Studio|Primary|Secondary|Grammar) )?(?:School|Academy)"
    rf"|{_SAFEGUARDING_BOARD})\b"
)
# An Act named like a body, its brackets lost: "FOI 25-25-283 Transport Scotland Act 2019" heading the Scottish
# Ambulance Service's published response about its duties under the Transport (Scotland) Act 2019; not Transport
# Scotland's letterhead.
_ACT_AFTER_RE = re.compile(r"[ \t]+Act\b")
# A place named for a catalogued body, a line of another's address: "NHS North of England Commissioning Support /
# John Snow House / Durham University Science Park / Durham" (the support unit's letterhead, not Durham University's).
# Or a council's district as a place: "Responses to (i) above related to Antrim and Newtownabbey Council area(s) in
# last 5 years." (the Department for Infrastructure's reply about drainage enforcement in each council's area).
_PLACE_AFTER_RE = re.compile(
    r"[ \t]+(?:Science|Business|Research|Technology|Enterprise)(?:[ \t]+(?:and|&)[ \t]+Innovation)?[ \t]+Park\b"
    r"|(?<=Council)\s+areas?\b"
)
_GUIDANCE_AFTER_RE = re.compile(
    r"['\u2019]s (?:published )?(?:guidance|guidelines|definitions?|criteria)\b"
    # or a decided case named for another body, a precedent the reply follows: "We have noted the ICO's Decision in the
    # Wirral Metropolitan Borough Council case. This case involved appeals relating to Special Educational Needs cases"
    # (the London Borough of Lambeth's data hub, which names itself nowhere); not the body's own case's label or officer
    # ("Kent County Council case reference", "Northby Council case officer")
    r"|[ \t]+case\b(?![ \t]+(?:ref|reference|number|no|id|officer|worker|team|management|handler)\b)"
)
_NAMED_AUTHORITY_RE = re.compile(r"\b(?:Public [Aa]uthority|Authority)\s*:\s*$")
# A tribunal's parties: the body a decision is about is the respondent beside the Commissioner ("(1) THE INFORMATION
# COMMISSIONER / (2) THANET DISTRICT COUNCIL / Respondents", "Astley Abbotts Parish Council Additional Party"), its
# role after its name on the line or on the next, or the one after a blank line ("EGERTON PARISH COUNCIL / / Second
# Respondent", BAILII's copy of a First-tier Tribunal decision).
_PARTY_ORDINAL = r"(?:first|1st|second|2nd|third|3rd)"
_PARTY_ROLE = rf"(?:{_PARTY_ORDINAL}[ \t]+)?(?:respondents?(?:\(s\))?|additional[ \t]+party)"
# (the party's number may follow its name: "THE INFORMATION COMMISSIONER (1) / THE JUDICIAL APPOINTMENTS COMMISSION
# (2) / Respondents", the First-tier Tribunal on BAILII)
_PARTY_ROLE_GAP = r"(?:[ \t]+\(\d\))?[ \t|]*(?:\n[ \t|]*){0,2}"
# A party's name on its line, in capitals with its article as a tribunal prints it (the article is the heading's).
_PARTY_NAME = r"(?:THE )?(?P<name>[A-Z][^\n:()|]{2,100}?)"
# Or its name broken over two lines after its article: "And / The General Register / Office / Additional Party" (the
# Information Tribunal's decision of 2007, as BAILII prints it).
_PARTY_NAME_BROKEN = r"The[ \t]+(?P<broken>[A-Z][^\n:()|]{2,60}\n[ \t|]*[A-Z][^\n:()|]{1,40}?)"
# A name defined as a decision or judgment defines its parties: (the "Council"), ("the Trust"), ("UCC"), (the Council).
_DEFINED_AS_PARTY_RE = re.compile(
    r"[ \t]*\((?:the[ \t]+)?\"(?:the[ \t]+)?[A-Z][\w&'-]*(?:[ \t][A-Z][\w&'-]*){0,3}\"\)|[ \t]*\(the[ \t]+[A-Z][a-z]+\)"
)
# A site's link to its home page, printed above the page's content: "Skip to Main Content / The National Archives home
# page / Find Case LawBeta" (a tribunal decision on the National Archives' Find Case Law).
_SITE_HOME_PAGE_AFTER_RE = re.compile(r"[ \t]+home[ \t]?page[ \t]*$", re.I | re.M)
# An election named for the body it elects, a site's banner: "Scottish Parliament election: 7 May. This site won't be
# routinely updated during the pre-election period." (gov.scot, above a Transport Scotland review)
_ELECTION_AFTER_RE = re.compile(r"[ \t]+(?:general[ \t]+|by-?[ \t]?)?elections?\b", re.I)
_PARTY_ROLE_AFTER_RE = re.compile(rf"{_PARTY_ROLE_GAP}{_PARTY_ROLE}[ \t|]*$", re.I | re.M)
# Respondents numbered on one line: the body the decision is about is the one beside the Commissioner, numbered (2);
# one numbered after it was joined to the appeal ("(1) THE INFORMATION COMMISSIONER (2) VALUATION OFFICE AGENCY (3)
# HIS MAJESTY'S REVENUE AND CUSTOMS | / Respondents |", a First-tier Tribunal decision: "His Majesty's Revenue and
# Customs is added as 3rd Respondent to the Appeal").
_LATER_PARTIES_THEN_ROLE_RE = re.compile(
    rf"(?:[ \t]+\([3-9]\)[ \t]+[A-Z][^\n:()|]{{2,100}}?)+{_PARTY_ROLE_GAP}(?i:{_PARTY_ROLE})[ \t|]*$", re.M
)
_NUMBERED_LATER_BEFORE_RE = re.compile(r"\([3-9]\)[ \t]+(?:THE[ \t]+)?$")
# (a council's kind alone: "adopted at the Town Council meeting of 19th August 2014", Ilminster Town Council's page)
_NOT_AN_AUTHORITY = {
    "the council",
    "county council",
    "borough council",
    "city council",
    "district council",
    "town council",
    "parish council",
    "community council",
    # kinds of school, no school's name: "... 24 13 20 High School 19 11 14 Academy 9 7 9" (East Dunbartonshire
    # Council's exclusions table flattened from a PDF, each school's own name lost before its kind)
    "high school",
    "primary school",
    "secondary school",
    "grammar school",
    "junior school",
    "infant school",
    "community school",
    "special school",
    "independent school",
    "free school",
    "studio school",
    "nursery school",
    "sixth form college",
    "further education college",
}
_WEIGHTS: dict[AuthorityEvidenceKind, float] = {
    "letterhead": 3.0,
    "sign_off": 3.0,
    "salutation": 2.5,
    "email_domain": 2.0,
    "link": 1.5,
    "voice": 1.5,
    "body": 1.0,
    "request": 0.5,
    "abbreviation": 1.0,
}
_LETTERHEAD_WEIGHT = _WEIGHTS["letterhead"]
_CAPS: dict[AuthorityEvidenceKind, float] = {"body": 3.0, "voice": 3.0, "request": 1.5, "abbreviation": 2.0}
# A reply names itself as the subject of what it says: "East of England Ambulance Service NHS Trust uses the CAD
# system supplied by Cleric", "NHS Digital has estimated that the cost ...", "I can confirm Welsh Government holds
# information of this description", "3. Thurrock Council no longer offers concessionary seats" (a disclosure log
# that names the council nowhere else).
# Or one of two subjects: "South Yorkshire Passenger Transport Executive and Police have logged two acts of vandalism
# causing smashed glazing to buses" (the executive's reply, its letterhead lost in the copy).
_VOICE_VERB_RE = re.compile(
    r"(?:[ \t]+\([A-Z]{2,8}\))?(?:[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][a-z]+)?"
    # (or what it only does: "Hastings Borough Council only enforces off-street parking (council owned car parks).",
    # the council's published response, the county council it refers the rest to named once too)
    r"[ \t]+(?:only[ \t]+)?(?:has|have|had|holds|does|do|uses|can|will|would|received|recognises|considers"
    r"|confirms|operates|publishes|adopted|must|no longer|provides|offers|maintains|employs|records|enforces"
    r"|estimates|is (?:not )?(?:able|unable|required|obliged|committed)"
    # an acknowledgement's caveat: "In some circumstances Humberside Police may be unable to achieve this deadline"
    r"|may (?:not )?be (?:able|unable)"
    # the police forces' formula: "Response – Hertfordshire Constabulary neither confirms nor denies that it holds
    # information"
    r"|neither confirms"
    # or what kind of body it is: "Response / Scottish Borders Council is a post stock transfer Council having
    # successfully completed the large scale voluntary stock transfer of all its Council housing stock" (its log)
    r"|is an? (?:[a-z-]+ ){0,4}"
    r"(?i:council|authority|trust|board|body|organisation|service|college|university|school)"
    # or its footer's charity registration: "Abertay University is a registered Scottish charity, no. SC016040" (the
    # university's reply letter, which names itself nowhere else)
    r"|is a registered (?:Scottish |English |Welsh )?charity"
    # or the other way round: "The University of St Andrews is a charity registered in Scotland, No: SC013532" (the
    # university's reply on WhatDoTheyKnow, its footer the only place it names itself)
    r"|is a charity registered in"
    # or its own history, told to explain its records: "Betsi Cadwaladr University Health Board was formed on 1st
    # October 2009 by combining North West Wales NHS Trust ..., I should advise you that we are currently reviewing
    # ..." (the health board's letter, which names itself nowhere else)
    r"|was (?:formed|established|created) (?:on|in)\b)\b"
)
# A heading of the reply's own: "East Herts Council Response" above the answer on East Hertfordshire District
# Council's disclosure log.
# Or the reply calling its response the body's: "NHS Cambridgeshire and Peterborough Integrated Care Board's (ICB)
# response is set out below:" (the board's letter).
# Or without the possessive: "Please find the Warwickshire Police response set out below." (the force's disclosure log,
# which names itself nowhere else).
_RESPONSE_HEADING_AFTER_RE = re.compile(
    r"[ \t]+(?:Response|Reply)[ \t]*:?[ \t]*$|'s(?:[ \t]+\([A-Z]{2,8}\))?[ \t]+(?:response|reply)[ \t]+(?:is|to)\b"
    r"|[ \t]+(?:response|reply)[ \t]+(?:is[ \t]+)?(?:set out|as follows|below)\b",
    re.M,
)
# "Thank you for your request, which was received by the Northern Health & Social Care Trust on 7 January"
# The police forces' refusal template names the force as the one the Act binds: "Section 17 of the Freedom of
# Information Act 2000 requires Dyfed Powys Police, when refusing to provide such information ..., to provide you the
# applicant with a notice".
# The reply naming itself as the body asked: "I am writing in respect of your recent request for information from
# Somerset County Council, which has been dealt with under ..." (Somerset County Council's letter).
# An email's disclaimer names the sender's body: "Any views or opinions presented are solely those of the author and
# do not necessarily represent those of South Staffordshire & Shropshire Healthcare NHS Foundation Trust." (the
# trust's acknowledgement, which names itself nowhere else). So does a reply's notice on re-use, of its own copyright:
# "any other type of re-use ... will require the permission of the copyright owner, namely the London Borough of
# Hounslow." (the council's letter on a forum, whose letterhead lost its name).
# So does a cost-limit refusal, of the limit that applies to it: "the cost of dealing with them would exceed the
# appropriate limit, which for Bolton NHS Foundation Trust is set at £450" (the trust's log, naming itself nowhere
# else).
_VOICE_BEFORE_RE = re.compile(
    # "Your request for information has been considered by Warwickshire County Council under the Freedom of
    # Information Act 2000." (the council's letter, its name written once more only across a line break)
    r"\b(?:received by|held by|(?:has|have) been considered by|on behalf of|requires"
    r"|request for information (?:from|to)"
    # (or "Where the copyright is owned by Thurrock Council, you must apply to the Council to re-use the information",
    # the council's published responses, naming it nowhere else)
    r"|necessarily (?:represent|reflect)\s+(?:those|the views) of|copyright (?:owner|holder),? namely"
    r"|copyright is owned by"
    r"|appropriate limit,?\s+(?:which\s+)?for"
    # (or its thanks for the reader's interest in it: "Thank you for your interest in Essex County Fire & Rescue
    # Service." closing the service's published answer, which names itself nowhere else)
    r"|thank you for your interest in)"
    r"(?: the)?[ \t\n]+$",
    re.I,
)
# Thanks for contacting the Commissioner's office, inside a paragraph that names it, are its own: "Thank you for
# contacting the Information Commissioner's Office (ICO). We received your information request on 28 August 2020."
# (the ICO answering a request about its own casework systems, on WhatDoTheyKnow).
_CONTACTED_BEFORE_RE = re.compile(r"\bthank you for contacting(?: the)?[ \t\n]+$", re.I)
_VOICE_BEFORE_REACH = 40  # characters before a name that _VOICE_BEFORE_RE reads
# "At South Wales Police we monitor and collate statistical data on crimes, incidents and other data relevant to our
# daily business." (the force's published response, which names itself nowhere else): the body speaking of itself.
_AT_BEFORE_RE = re.compile(r"(?:^|[.!?][ \t]+)At[ \t]+(?:the[ \t]+)?$", re.M)
_LEADING_WORD_REACH = 12  # characters before a name that _AT_BEFORE_RE and _FOR_BEFORE_RE read ("At the ", "For the ")
_WE_AFTER_RE = re.compile(r",?[ \t]+we\b")
# "For West Midlands Police, the appropriate limit is set at £450, as prescribed by the ... Regulations 2004" (the
# force's published response, which names itself nowhere else): the cost limit the body answers under is its own.
_FOR_BEFORE_RE = re.compile(r"(?:^|[.!?][ \t]+)For[ \t]+(?:the[ \t]+)?$", re.M)
_OWN_LIMIT_AFTER_RE = re.compile(r",[ \t]+the appropriate (?:cost )?limit is\b")
# The words before a body whose rules are followed: "in line with", "as monitored under", "in accordance with".
_FRAMEWORK_BEFORE_RE = re.compile(
    r"\b(?:in line with|in accordance with|as (?:monitored|set out|required|defined|published) (?:under|by|in))"
    r"(?: the)?[ \t]*(?:[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*,? (?:and )?(?:the )?)?$"
)
_FRAMEWORK_BEFORE_REACH = 80
# The body that passed the request on, not the one answering: "This request follows a redirection from NHS England
# (Reference: FOI-2512-2288720), regarding NHS Continuing Healthcare (CHC) commissioning for the Rochdale Locality."
# (a request on NHS Greater Manchester Integrated Care Board's log, which greets no one)
_PASSED_ON_FROM_BEFORE_RE = re.compile(
    r"\b(?:redirect(?:ion|ed)|transfer(?:red)?|forwarded|passed on|referred)(?: to (?:us|you))? from(?: the)?[ \t]*$"
)

# A body something was sent or disclosed to, not the one writing: "contact was made to Scottish Water. Contact details
# for member of public incorrectly disclosed to Scottish Water. ... Request sent to Scottish Water to delete
# information" (Moray Council's log of data breaches, which names the council nowhere).
_RECEIVED_BY_BEFORE_RE = re.compile(
    # (not the request made to the body: "Further to your request made to NHS West Essex CCG", the CCG's own reply)
    r"\b(?<![Rr]equest )(?<![Rr]equest was )"
    r"(?:disclosed|sent|made|passed|forwarded|shared|reported|given|supplied) to(?: the)?[ \t]*$"
)
# A body the request cites as its source, not the one asked: "I understand from the Department for Transport (DfT)
# that ..." (a request on Herefordshire Council's log and Wokingham Borough Council's); "2. According to the Office for
# National Statistics (ONS), how many deaths ...?" (a request on Torbay's and Devon County Council's).
_CITED_AS_SOURCE_BEFORE_RE = re.compile(r"\b(?:[Aa]ccording to|I understand from)(?: the)?[ \t]*$")
# A legislature's committee named for the department it scrutinises: "communications between Chairperson of the
# Committee for the Executive Office in advance of the TEO Committee evidence session" (the Northern Ireland Assembly
# Commission's reply, the Executive Office not asked).
_COMMITTEE_FOR_BEFORE_RE = re.compile(r"\bCommittee (?:for|on)(?: the)?[ \t]*$")
# A decided case cited by its parties inside a sentence, a precedent and not the body writing: "The term 'vexatious' is
# not defined in the legislation in ICO vs Devon County Council & Dransfield the Upper Tribunal defined the purpose of
# Section 14 as ..." (the National Police Chiefs' Council's refusal, as the requester's site quotes it).
_CASE_PARTY_BEFORE_RE = re.compile(r"\b(?:v|vs)\.?[ \t]+(?:the[ \t]+)?$")
# Or its first party, another joined to it: "the Court of Session judgment – Glasgow City Council and Dundee City
# Council v Scottish Information Commissioner [2009] CSIH 73 (issued on 30 September 2009) – clarified that ..." (the
# Crown Office and Procurator Fiscal Service's log).
_CASE_PARTY_AFTER_RE = re.compile(r"(?:[ \t]+(?:and|&)(?:[ \t]+[A-Z][\w&'-]*){1,6}?)?[ \t]+(?:v|vs)\.?[ \t]+[A-Z]")
_CASE_PARTY_REACH = 12
# A body the reply says may hold what it does not, another body: "Issued 11 November 2024, this FOI response explains
# that information is not held by the Scottish Police Authority. Advice is provided that Police Scotland may hold
# information." (the Scottish Police Authority's log, its summary heading the page).
_MAY_HOLD_AFTER_RE = re.compile(r"[ \t]+(?:may|might|could|would|will)[ \t]+(?:also[ \t]+)?hold\b")
# A body named for a thing of its, a rule followed, a grant paid or data cited, not the body writing. A regulator's
# rule: "8. Number of agency locums cost over NHS Improvement price cap and also as a percentage" (a request on
# Blackpool Teaching Hospitals NHS Foundation Trust's log).
# So is its guidance, in a request to a council: "para 8.84 of the Scottish Government’s Code of Guidance on
# homelessness" (a request on Moray Council's log, which greets no one); and its grant, in a council's answer: "23
# Publicly Accessible Chargers installed using Transport Scotland Grant Funding" (the same log). (Not "funding" alone:
# "Scottish Government funding to NHS Boards ...: FOI release" titles the Scottish Government's own page.) Nor is the
# body whose data a request cites: "properties ... no more vulnerable than those already published through Land
# Registry data" (a request on Dover District Council's log, which names the council nowhere).
_ITS_RULE_GRANT_OR_DATA_AFTER_RE = re.compile(
    r"[ \t]+(?:agency[ \t]+)?(?:price[ \t]+)?caps?\b"
    r"|['’]s?[ \t]+(?:[Ss]tatutory[ \t]+)?(?:[Cc]odes?[ \t]+of[ \t]+(?:[Gg]uidance|[Pp]ractice)|[Gg]uidance)\b"
    r"|[ \t]+[Gg]rant[ \t]+[Ff]unding\b"
    r"|[ \t]+data\b"
    # or its framework a body buys through: "The CMS was procured using the Crown Commercial Service 'G-Cloud'
    # framework" (the Parliamentary and Health Service Ombudsman's log, which calls itself "PHSO")
    r"|[ \t]+(?:['\u2018\"\u201c][^'\u2019\"\u201d\n]{1,30}['\u2019\"\u201d][ \t]+)?[Ff]rameworks?\b"
)
# A body the request gives as an example, not the one asked: "... may I request, that your reply be broken down to
# reflect the organisations structure of Directorates, (as I have no idea of your organisations structure) I have used
# Birmingham Council structure purely as an example (Adults & Communities), ..." (a request on Moray Council's log).
# Or a list ending "etc" it stands in: "Which organisations (Highways Agency, Police Forces, etc) supply ANPR read data
# to the NADC" (a request the National Policing Improvement Agency's letter quotes).
_GIVEN_AS_EXAMPLE_AFTER_RE = re.compile(
    r"[^.?!\n]{0,40}?\b(?:purely |only |just |simply )?as an example\b"
    r"|(?:,[ \t]+[^.?!\n(),]{1,40}?)*,?[ \t]+etc\b"
)
# Or one the words before give as an example, perhaps in a list: "copies of any meeting minutes (internal TFL meetings
# or with other interested parties, for example but not limited to Southwark Council, Lambeth Council, Helen Hayes MP
# or her representatives)" (a request on Transport for London's published requests, which greet no one).
_GIVEN_AS_EXAMPLE_BEFORE_RE = re.compile(
    r"\b(?:for example|for instance|e\.g\.?)(?:,? but not limited to)?[ \t,:]*"
    r"(?:[^.?!\n()]{0,60}?,[ \t]+)?(?:the[ \t]+)?$"
)
_GIVEN_AS_EXAMPLE_REACH = 120


_CONTACT_ENDING_RE = re.compile(r"\b(?:contact|write to|writing to)(?: the)?[ \t]*:?[ \t]*$", re.I)
_CONTACT_LINES = 3  # lines with text from the review-rights sentence down to the body's name in its address
# The contact a reply gives for queries about itself is its own: "If you have any queries or concerns then please
# contact: / Freedom of Information Officer / Corporate Services / Darlington Borough Council / Town Hall" (the
# council's acknowledgement, which names itself nowhere else).
_QUERIES_CONTACT_RE = re.compile(
    r"^[ \t]*if you have any (?:further )?(?:queries|questions)\b[^\n]{0,60}\bcontact(?: the)?[ \t]*:?[ \t]*$", re.I
)


def _under_review_rights_contact(layout: Layout, offset: int) -> bool:
    """Whether ``offset`` is in the address a review-rights sentence, or the reply's for queries, ending "please
    contact the" runs on into."""
    number = layout.line_at(offset).number
    for _ in range(_CONTACT_LINES):
        above = layout.line_above(number)
        if above is None:
            return False
        if _QUERIES_CONTACT_RE.match(above.text):
            return True
        if layout.boilerplate_kind(above.start) == "review_rights":
            return _CONTACT_ENDING_RE.search(above.text) is not None
        number = above.number
    return False


def _kind_at(ctx: Context, offset: int) -> AuthorityEvidenceKind | None:
    layout = ctx.layout
    boiler = layout.boilerplate_kind(offset)
    if boiler == "commissioner" and _CONTACTED_BEFORE_RE.search(
        layout.text, max(0, offset - _VOICE_BEFORE_REACH), offset
    ):
        return "voice"  # the Commissioner's office answering a request of its own (_CONTACTED_BEFORE_RE)
    # (a disclosure log's later entries answer other requests: "I understand you have sent your request to Suffolk
    # Constabulary" under the Suffolk Police and Crime Commissioner's second entry)
    if boiler in {"commissioner", "whatdotheyknow", "later_entries"}:
        return None
    # A page's copyright notice names where to read of re-use, high on the page or not: "For information about the OGL
    # and about re-using Crown Copyright information please see The National Archives website." above the Department
    # for Regional Development's disclosure log; a name there is no letterhead's.
    if boiler == "copyright":
        return "body"
    if boiler == "review_rights" or _under_review_rights_contact(layout, offset):
        # The address the reply gives for an internal review is its own, the review being the body's: "If you are
        # dissatisfied with the handling of your request please contact the / Information Governance Manager / The
        # London Borough of Merton," (the council's letter, which names itself nowhere else).
        return "voice"
    if layout.in_quoted_request(offset):
        return "request"
    message = layout.message_at(offset)
    line = layout.line_at(offset)
    if message.salutation is not None and line.number == message.salutation.number:
        return "salutation"
    if message.closing is not None and 0 < line.number - message.closing.number <= 6:
        # Under the sign-off, a name inside a sentence is an annex's, not the signature's: "Information held by a
        # government department or by the National Assembly for Wales is exempt information if ..." (section 35
        # quoted below "Yours sincerely" by the Department of Education in Northern Ireland).
        # Nor is a quotation's line: the request quoted under the signature ("Yours sincerely / Joan Farley / Senior
        # Records Manager / / Your Request: / "As the South Lake Leisure Centre and the Southern Regional College are
        # both EIA", Armagh City, Banbridge and Craigavon Borough Council's letter on WhatDoTheyKnow, cut before the
        # quotation closes).
        opens_a_quotation = line.text.lstrip().startswith(('"', "\u201c"))
        return "body" if _runs_on_as_prose(line.text) or opens_a_quotation else "sign_off"
    if layout.in_header(offset):
        # A question as the text's first line is a WhatDoTheyKnow thread's title, the requester's words, not a
        # letterhead: "Mr Anthony Doudle - Chair of Governors BPPS & Head of School Improvement Service: Primary
        # (Islington Council)?" heads a request to Brunswick Park Primary School.
        # Nor is a title over the site's status line ("Local Government Ombudsman / The request was successful. /
        # Dear Sir or Madam, / I would like to know, a) how many findings of maladministration the local government
        # ombudsman has made against your council ...", answered by Wyre Borough Council).
        if line.number == 0 and (line.text.rstrip().endswith("?") or _over_a_wdtk_status(layout, line)):
            return "request"
        if (
            line.text.rstrip().endswith("?")
            and not _ITEM_NUMBER_RE.match(line.text)
            and _LOWER_WORD_BEFORE_RE.search(layout.text, line.start, offset)
        ):
            # Nor the requester's aside asking a question in the page's head, which a log with no greeting has: "Do I
            # also need to contact your colleagues in the House of Lords?" under the request's list (the House of
            # Commons' disclosure log). A numbered question of the list may name the body asked: "1. Which company is
            # the supplier of the Electoral Management System (EMS) for the London Borough of Lambeth?" (Lambeth's).
            return "request"
        return "letterhead"
    if _heads_an_address(layout, line, offset):
        return "sign_off"
    return "body"


_STATUS_WITHIN = 3  # lines with text under the title


def _over_a_wdtk_status(layout: Layout, line: Line) -> bool:
    """Whether ``line`` stands over WhatDoTheyKnow's status or banner: the thread's title, the request's subject."""
    below = [other for other in layout.lines[line.number + 1 : line.number + 8] if other.text.strip()]
    return any(WDTK_STATUS_RE.match(other.text) for other in below[:_STATUS_WITHIN])


# A UK postcode ending its line: "S9 4EU", "CR9 2BY", "EC2V 7HH".
_POSTCODE_LINE_RE = re.compile(rf"\b{POSTCODE}[ \t]*$")


def _heads_an_address(layout: Layout, line: Line, offset: int) -> bool:
    """Whether a name at ``offset`` opening a short line heads a postal address, a postcode ending one of the next three
    lines with text: the address block below a reply with no sign-off ("4. Approximately what is the population size
    served by your CCG? – 608,376 / NHS Sheffield Clinical Commissioning Group / 722 Prince of Wales Road / S9 4EU",
    its log)."""
    if layout.text[line.start : offset].strip() or len(line.text) > 90:
        return False
    below = [ln for ln in layout.lines[line.number + 1 : line.number + 8] if ln.text.strip()][:3]
    return any(_POSTCODE_LINE_RE.search(ln.text) for ln in below)


def _runs_on_as_prose(line: str) -> bool:
    """A line of a sentence running on to the next: five words in lower case or more, and one ending it ("... or by
    the National Assembly for Wales is"). A signature block's line ends in a name or a title ("for and on behalf of
    Kent County Council")."""
    words = line.split()
    return bool(words) and words[-1][0].islower() and sum(word[0].islower() for word in words) >= 5


# A word in lower case before a name on its line.
_LOWER_WORD_BEFORE_RE = re.compile(r"\b[a-z]+\b")
# A list item's number opening its line: "1. ", "(a) ", "Q2 ".
_ITEM_NUMBER_RE = re.compile(rf"[ \t]*{ITEM_MARK}", re.I)
# A letterhead's web-address cell, alone on its line: "Web: www.kentcht.nhs.uk".
_WEB_CELL_RE = re.compile(r"[ \t|*]*(?:web|website|internet|www)[ \t]*:[ \t]*$", re.I)


def _in_letterhead(ctx: Context, link: re.Match[str]) -> bool:
    """Whether a link stands in the letterhead: above the greeting, or in a web-address cell of its own that a PDF's
    layout put below it ("Dear Ms Venables / Web: www.kentcht.nhs.uk / Request for information under the Freedom of
    Information Act", Kent Community Health NHS Foundation Trust's letter on WhatDoTheyKnow)."""
    layout = ctx.layout
    if layout.in_header(link.start()):
        return True
    line = layout.line_at(link.start())
    path_and_rest = ctx.text[link.end() : line.end].split(None, 1)  # the link's path, then any words after it
    alone = not path_and_rest or (len(path_and_rest) == 1 and not ctx.text[link.end()].isspace())
    return (
        alone and not layout.by_requester(line.start) and bool(_WEB_CELL_RE.match(ctx.text, line.start, link.start()))
    )


def _an_example_or_a_precedent(ctx: Context, start_char: int, end_char: int) -> bool:
    """Whether the name at ``start_char``-``end_char`` is a body the request gives as an example
    (``_GIVEN_AS_EXAMPLE_AFTER_RE``, ``_GIVEN_AS_EXAMPLE_BEFORE_RE``) or a party to a decided case cited inside a
    sentence (``_case_party_in_prose``): another body, not the one writing."""
    return (
        _GIVEN_AS_EXAMPLE_AFTER_RE.match(ctx.text, end_char) is not None
        or _GIVEN_AS_EXAMPLE_BEFORE_RE.search(ctx.text, max(0, start_char - _GIVEN_AS_EXAMPLE_REACH), start_char)
        is not None
        or _case_party_in_prose(ctx, start_char, end_char)
    )


def _case_party_in_prose(ctx: Context, start_char: int, end_char: int) -> bool:
    """Whether the name at ``start_char`` (ending at ``end_char``) is a party of a decided case cited inside a sentence
    (``_CASE_PARTY_BEFORE_RE``, ``_CASE_PARTY_AFTER_RE``); a tribunal's own title, a line of its head, names its
    parties as the body's."""
    if (
        _CASE_PARTY_BEFORE_RE.search(ctx.text, max(0, start_char - _CASE_PARTY_REACH), start_char) is None
        and _CASE_PARTY_AFTER_RE.match(ctx.text, end_char) is None
    ):
        return False
    line = ctx.layout.line_at(start_char)
    return _inside_prose(ctx.text, line.start, line.end, start_char)


_PARAGRAPH_CHARS = 800  # a paragraph's line at most; a longer one is a page flattened


def _inside_prose(text: str, line_start: int, line_end: int, offset: int) -> bool:
    """Whether the name at ``offset`` stands inside a long sentence, not on a letterhead line. A page with no greeting
    counts its first lines as its head, and a refusal notice's "the guidance issued by the Information Commissioner's
    Office in December 2008 has been taken into account" stands there (NPS Property Consultants Ltd): the regulator
    named, not the body answering."""
    return line_end - line_start > 150 and _LOWER_WORD_BEFORE_RE.search(text, line_start, offset) is not None


# Evidence while it is weighed: (kind, start, end). Records are built for the winner only.
_Found = tuple[AuthorityEvidenceKind, int, int]


def _longest_names(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``spacy.util.filter_spans`` over (id, start, end) matches: the longest of overlapping names, the first
    of equally long ones, returned in order of start."""
    ordered = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    kept = []
    taken: set[int] = set()
    for match in ordered:
        if match[1] not in taken and match[2] - 1 not in taken:
            kept.append(match)
            taken.update(range(match[1], match[2]))
    kept.sort(key=lambda m: m[1])
    return kept


def _named_elsewhere_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``matches`` with a name several bodies share put in the order that lets ``_longest_names`` keep the body the text
    names by a name of its own: "Department of Health (NI)" heads the Information Commissioner's decision, which then
    says "the Department of Health" (the Northern Ireland department's name, and the Department of Health and Social
    Care's until 2018) twice. Otherwise the catalogue's order stands."""
    ids_at: dict[tuple[int, int], list[int]] = defaultdict(list)
    for match_id, start, end in matches:
        ids_at[(start, end)].append(match_id)
    if all(len(ids) == 1 for ids in ids_at.values()):
        return matches
    named_alone = {ids[0] for ids in ids_at.values() if len(ids) == 1}
    return sorted(matches, key=lambda m: len(ids_at[(m[1], m[2])]) > 1 and m[0] not in named_alone)


def extract_authority(ctx: Context) -> Authority | None:
    catalogue = ctx.catalogue
    evidence: dict[str, list[_Found]] = defaultdict(list)
    doc = ctx.doc
    names = catalogue.authority_name_matcher
    name_matches: list[tuple[int, int, int]] = []
    abbreviation_matches: list[tuple[str, int, int]] = []  # (abbreviation, start_char, end_char)
    for match_id, start, end in ctx.authority_name_matches():
        if match_id in names.authority_ids:
            name_matches.append((match_id, start, end))
            continue
        abbreviation, spelling = names.abbreviations[match_id]
        tokens = [doc[i] for i in range(start, end)]
        if all(token.orth_ == spelt for token, spelt in zip(tokens, spelling, strict=True)):
            end_char = tokens[-1].idx + len(tokens[-1])
            if not _JOB_TITLE_AFTER_RE.match(ctx.text, end_char):
                abbreviation_matches.append((abbreviation, tokens[0].idx, end_char))
    for authority_id, start_char, end_char in _names_across_lines(ctx):
        evidence[authority_id].append(("letterhead", start_char, end_char))
    named_spans: list[tuple[int, int]] = []  # the characters of each name kept, which no abbreviation inside counts
    named_ids: list[str] = []  # the body each of named_spans names
    for match_id, start, end in _longest_names(_named_elsewhere_first(name_matches)):
        authority_id = names.authority_ids[match_id]
        # The offsets of doc[start:end], read from its tokens (a Span object costs more than the rest).
        start_char, last = doc[start].idx, doc[end - 1]
        if all(doc[i].orth_.islower() for i in range(start, end)):
            # A name written all in lower case is words, not the body: "Mae eich dewisiadau cwcis wedi'u cadw."
            # ("Your cookie choices have been saved.", the cookie banner of Dyfed-Powys Police's Welsh-language page),
            # not Cadw; "your authority has filed as part of its 'lead local flood risk management authority' duties"
            # (a request on Herefordshire Council's log), not Scotland's Risk Management Authority.
            continue
        end_char = last.idx + len(last)
        named_spans.append((start_char, end_char))
        named_ids.append(authority_id)
        if (
            _OWN_BODY_AFTER_RE.match(ctx.text, end_char)
            or _PLACE_AFTER_RE.match(ctx.text, end_char)
            or _ACT_AFTER_RE.match(ctx.text, end_char)
        ):
            continue
        if _FORMER_BODY_BEFORE_RE.search(ctx.text, max(0, start_char - _FORMER_BODY_REACH), start_char):
            continue
        kind = _kind_at(ctx, start_char)
        if authority_id not in catalogue.regulator_ids and (
            _PARTY_ROLE_AFTER_RE.match(ctx.text, end_char) or _LATER_PARTIES_THEN_ROLE_RE.match(ctx.text, end_char)
        ):
            # A party's line, inside the Commissioner's paragraph or not; not a party joined to the appeal after it.
            line_start = ctx.text.rfind("\n", 0, start_char) + 1
            if not _NUMBERED_LATER_BEFORE_RE.search(ctx.text, line_start, start_char):
                evidence[authority_id].append(("letterhead", start_char, end_char))
            continue
        if _SITE_HOME_PAGE_AFTER_RE.match(ctx.text, end_char) or _ELECTION_AFTER_RE.match(ctx.text, end_char):
            continue  # the site's link to its home page, or an election the body holds: not the letter's head
        if _GUIDANCE_AFTER_RE.match(ctx.text, end_char):
            # another body's rules the reply follows: "the waiting times quoted are adjusted according to the Scottish
            # Government's guidance as laid out in the Patients' Rights Act" (NHS Shetland's log, naming itself once)
            continue
        if (
            kind in {None, "body"}
            and authority_id not in catalogue.regulator_ids
            and (kind == "body" or ctx.layout.boilerplate_kind(start_char) == "commissioner")
            and _DEFINED_AS_PARTY_RE.match(ctx.text, end_char)
        ):
            # A decision defines the body it is about as the Commissioner's paragraph names it: "The appeal relates to
            # the application of the Environmental Information Regulations 2004 ("EIR"). It concerns information about
            # the felling of trees ... requested from Basingstoke & Deane Borough Council (the "Council")." (a
            # First-tier Tribunal decision, whose other paragraphs all name the body "the Council"). So in its own
            # paragraphs: "seven requests ... which the Appellant made of Tendring District Council (the "Council")"
            # (the First-tier Tribunal on Find Case Law).
            kind = "voice"
        if kind is None:
            continue
        if kind in {"letterhead", "body"} and (
            any(
                before.search(ctx.text, max(0, start_char - _FRAMEWORK_BEFORE_REACH), start_char)
                for before in (
                    _FRAMEWORK_BEFORE_RE,
                    _PASSED_ON_FROM_BEFORE_RE,
                    _RECEIVED_BY_BEFORE_RE,
                    _CITED_AS_SOURCE_BEFORE_RE,
                    _COMMITTEE_FOR_BEFORE_RE,
                )
            )
            or _MAY_HOLD_AFTER_RE.match(ctx.text, end_char) is not None
            or _ITS_RULE_GRANT_OR_DATA_AFTER_RE.match(ctx.text, end_char) is not None
            or _an_example_or_a_precedent(ctx, start_char, end_char)
        ):
            # A body whose rules or standards the words follow, not the body writing: "... violence and aggression
            # incidents against staff, in line with NHS England, CQC, and VPR reporting frameworks." (a request on East
            # Lancashire Hospitals NHS Trust's log, which greets no one and names the trust only as "ELHT"), "as
            # monitored under NHS England, the Care Quality Commission (CQC), and the ... standards" (the same request
            # on Salisbury NHS Foundation Trust's).
            continue
        line = ctx.layout.line_at(start_char)
        if _NAMED_AUTHORITY_RE.search(ctx.text, line.start, start_char):
            kind = "letterhead"  # "Public Authority: Department for Work and Pensions" heads a decision notice
        elif authority_id in catalogue.regulator_ids and (
            kind == "body"
            or (kind == "letterhead" and _inside_prose(ctx.text, line.start, line.end, start_char))
            # (its address in the review rights is where to appeal, not the reply's own: "you have a right to appeal
            # to the Information Commissioner at: The Information Commissioner's Office, Wycliffe House, Water Lane,
            # Wilmslow", Barnet Homes' reply, which names itself nowhere)
            or (kind == "voice" and ctx.layout.boilerplate_kind(start_char) == "review_rights")
        ):
            continue  # every reply names the Information Commissioner as the place to complain, or for its guidance
        elif (
            kind == "letterhead"
            and ctx.text[start_char:end_char].islower()
            and _inside_prose(ctx.text, line.start, line.end, start_char)
        ):
            # A name in lower case inside a sentence is a kind of body, not the letterhead's: "their subsequent
            # complaints ... and complaint to the local government ombudsman" (an ICO summary on a district council).
            kind = "body"
        elif (
            kind == "letterhead"
            and _inside_prose(ctx.text, line.start, line.end, start_char)
            and line.end - line.start < _PARAGRAPH_CHARS
            and (
                ctx.catalogue.requester_voice_re.search(ctx.text, line.start, line.end) is not None
                # (or in its words under the page's "Request:" heading, whatever their voice: "I'll note ... as a recent
                # contract with Leicestershire police has recently been made public" above "Response:", a request on
                # Dyfed-Powys Police's log, which names the force nowhere); not the reply's own words there: "I write
                # in connection with your request received by the Police and Crime Commissioner for North Yorkshire"
                # under "Request" (the commissioner's log)
                or (
                    ctx.layout.in_request_section(start_char)
                    and not _VOICE_BEFORE_RE.search(ctx.text, max(0, start_char - _VOICE_BEFORE_REACH), start_char)
                )
            )
        ):
            # A page with no greeting counts its first lines as its head, and the request's paragraph may stand there
            # naming another body: "I would be most grateful if you could please provide the various consultee
            # comments, in particular that of the Council's Conservation Officer and Historic England" (a request on
            # the London Borough of Lambeth's data hub). (A whole page flattened into a line mixes the voices.)
            kind = "request"
        elif kind == "body" and ctx.layout.by_requester(start_char):
            # "Dear West Mercia Police, I am a student at Staffordshire University ..." (WhatDoTheyKnow prints
            # the request two or three times): the requester's own words name the body asked in the
            # salutation, but also their university, employer or the other bodies they compare.
            kind = "request"
        if kind == "body" and (
            _VOICE_VERB_RE.match(ctx.text, end_char)
            or _RESPONSE_HEADING_AFTER_RE.match(ctx.text, end_char)
            or _VOICE_BEFORE_RE.search(ctx.text, max(0, start_char - _VOICE_BEFORE_REACH), start_char)
            or (
                _WE_AFTER_RE.match(ctx.text, end_char)
                and _AT_BEFORE_RE.search(ctx.text, max(0, start_char - _LEADING_WORD_REACH), start_char)
            )
            or (
                _OWN_LIMIT_AFTER_RE.match(ctx.text, end_char)
                and _FOR_BEFORE_RE.search(ctx.text, max(0, start_char - _LEADING_WORD_REACH), start_char)
            )
        ):
            kind = "voice"
        evidence[authority_id].append((kind, start_char, end_char))
    hosts: tuple[tuple[Iterable[re.Match[str]], AuthorityEvidenceKind], ...] = (
        (_EMAIL_RE.finditer(ctx.text), "email_domain"),
        (
            [
                m
                for m in _links(ctx.text, ctx.lower)
                if not _licence_link(ctx.lower, m) and not _their_site(ctx.lower, m)
            ],
            "link",
        ),
        (_bare_hosts(ctx.lower), "link"),
    )
    owners: dict[str, AuthorityEntry | None] = {}  # a reply links to its own site again and again
    for matches, kind in hosts:
        for m in matches:
            host = m.group("host").replace(" ", "").replace("\n", "")
            host_end = m.end("host")
            if kind == "link" and host.lower() in _GOV_UK_HOSTS and (slug := _GOV_UK_SLUG_RE.match(ctx.lower, m.end())):
                host, host_end = f"{slug.group(1)}.gov.uk", slug.end()
            elif kind == "link" and (hosted := _MODERNGOV_HOST_RE.fullmatch(host.lower())) is not None:
                host = f"{hosted.group(1)}.gov.uk"
            if host not in owners:
                owners[host] = catalogue.authority_for_domain(host)
            entry = owners[host]
            if (
                entry is not None
                and (kind == "email_domain" or entry.id not in catalogue.regulator_ids)
                and (ctx.layout.boilerplate_kind(m.start()) != "whatdotheyknow")
            ):
                # The web address the letterhead prints is the body's own, as its name there would be
                # ("Clinical Governance Support Team Assynt House ... www.nhshighland.scot.nhs.uk" heads NHS
                # Highland's reply, which then points to National Records of Scotland's statistics twice).
                found_kind: AuthorityEvidenceKind = "letterhead" if kind == "link" and _in_letterhead(ctx, m) else kind
                evidence[entry.id].append((found_kind, m.start("host"), host_end))
                if found_kind == "link" and (own := _own_site_before(ctx, entry, m.start())) is not None:
                    evidence[entry.id].append(("voice", *own.span("own")))
    if abbreviation_matches:
        abbreviations = catalogue.authority_abbreviations
        regulators = catalogue.regulator_ids
        greeted = _greeted_initials(ctx)
        defined_otherwise = _defined_as_something_else(ctx, named_spans, named_ids)
        for abbreviation, start_char, end_char in abbreviation_matches:
            if any(start <= start_char and end_char <= end for start, end in named_spans):
                # Part of a longer name: "IPSA" in "the Compliance Officer for IPSA" names the Compliance Officer.
                continue
            if abbreviation in defined_otherwise:
                # The text's own short name for something else: "Liquidlogic Adults System (LAS) provided by System C"
                # (Thurrock Council's log), not the London Ambulance Service. Or for another catalogued body than the
                # one the catalogue knows by those initials: "for the Financial Services Authority (FSA), the cost limit
                # is £450" (its reply letter, answering a request about "the FSA Waiver"), not the Food Standards
                # Agency: the initials stand for the body so defined.
                defined_body = defined_otherwise[abbreviation]
                if defined_body is None:
                    continue
                ids = [defined_body]
            else:
                ids = abbreviations[abbreviation]
            if abbreviation in greeted:
                # The initials of the body the request greets, which the catalogue does not know by them: "Dear
                # Service Prosecuting Authority, / I request you disclose all communications between the SPA and
                # public servants external to the SPA" (not the Scottish Police Authority).
                continue
            # An abbreviation shared by several bodies (NCC) only supports one already named.
            targets = ids if len(ids) == 1 else [i for i in ids if i in evidence]
            # (a regulator's only where it calls the reply its own: "Subject: ICO response to request[Ref. IRQ0532897]")
            targets = [i for i in targets if i not in regulators or _OWN_LOG_AFTER_RE.match(ctx.text, end_char)]
            if targets:
                # In the requester's words an abbreviation weighs as their naming the body does ("How many incidents
                # ... were reported to both DHSC and the ICO?", asked of Dudley Integrated Health and Care NHS Trust).
                kind_found: AuthorityEvidenceKind = "abbreviation"
                if ctx.layout.by_requester(start_char) or _kind_at(ctx, start_char) == "request":
                    # (so in the request a log prints above its answer, as the body's full name there is: "How many
                    # incidents over the last 3 years were reported to both DHSC and the ICO?" on NHS Derby and
                    # Derbyshire CCG's log, the CCG speaking once below: "I can confirm on behalf of Derby and
                    # Derbyshire CCG")
                    kind_found = "request"
                elif len(targets) == 1 and _OWN_LOG_AFTER_RE.match(ctx.text, end_char) is not None:
                    # The body's initials calling the log or the reply their own speak as it: "ICO Disclosure Log -
                    # Response IRQ0648490" heads the Information Commissioner's Office's reply, which lists the eleven
                    # councils the request asked about, the first of them in the page's head.
                    kind_found = "voice"
                elif (
                    len(targets) == 1
                    and _VOICE_VERB_RE.match(ctx.text, end_char) is not None
                    and not _ANY_ARTICLE_BEFORE_RE.search(ctx.text, max(0, start_char - 4), start_char)
                ):
                    # The body's initials as the subject of what the reply says, as its name would be: "SQA has
                    # already published information ... SQA will look at this again" (the Scottish Qualifications
                    # Authority's log, which spells its name nowhere, over "as issued by the Scottish Government").
                    # Not after "the", which others write of a body ("the UKBA do not always amend the CAS status",
                    # Solent University's reply; "the UHB will consider your request", Cardiff and Vale UHB's own
                    # initials in its letter, which the catalogue gives University Hospitals Birmingham).
                    kind_found = "voice"
                found: _Found = (kind_found, start_char, end_char)
                for target in targets:
                    evidence[target].append(found)
    _drop_referrals(ctx, evidence)
    best_id, best_score = _strongest(evidence)
    if best_id is not None and (parent := _body_speaking_for_its_part(ctx, best_id, evidence)) is not None:
        best_id, best_score = parent, _score(evidence[parent])
    if (signed := _signed_page(ctx, evidence)) is not None:
        return signed
    # The Scottish Information Commissioner's title names the parties: "Decision 118/2014: Mr X and Dunbritton Housing
    # Association Limited" above a summary naming West Dunbartonshire Council (whose property the request was about)
    # twice; the body the decision is about is the title's, known to the catalogue or not. So is a decision's
    # "Public authority:" line's: "Public authority: Angus Alive" (the council's leisure trust, Decision 164/2020),
    # above a request quoted as asking about "the Angus Council's Countryside Ranger/Angus Alive Ranger".
    # So is the body the Information Commissioner's summary says was asked: "1. The complainant has requested from
    # Gloucestershire Hospitals NHS Foundation Trust (the Trust) information about referrals to the Nursing and
    # Midwifery Council (the NMC)." (an ICO decision notice quoted on a blog), the NMC named twice.
    # So is the body a reply says the request was made to: "On 7 March you made the following Freedom of Information
    # (FOI) request to the Scottish Police Authority." (the authority's log page, which names the Scottish Government
    # three times as the body responsible for what was asked)
    naming: list[tuple[re.Pattern[str], int]] = [
        (_DECISION_TITLE_RE, 1000),
        (_AUTHORITY_LINE_RE, 3000),
        (_YOU_MADE_REQUEST_TO_RE, 1500),
    ]
    if "Commissioner" in ctx.text[:3000]:
        naming.append((_COMPLAINANT_ASKED_RE, 1500))
        naming.append((_APPELLANT_WROTE_TO_RE, 3000))
    for pattern, within in naming:
        titled = pattern.search(ctx.text, 0, within)
        if titled is None or best_id is None or ctx.layout.in_quoted(titled.start()) or _names_no_body(titled):
            continue
        named = _bodies_named_in(evidence, titled)
        if not named:
            return _unknown_authority(ctx, evidence)
        if best_id not in named:
            return _catalogue_authority(ctx, named[0], evidence[named[0]])
        # (named so, it is the body however seldom the decision names it again: "Mr Edward Williams, the Appellant in
        # these proceedings, wrote to the Avon & Somerset Constabulary ('ASC') ...", a First-tier Tribunal decision
        # calling it "ASC" after)
        return _catalogue_authority(ctx, best_id, evidence[best_id])
    # The body that says it has considered the request is the one answering: "Response / The Scottish Police Authority
    # has considered your request under the Freedom of Information (Scotland) Act (FOISA)." (the authority's log) over
    # Police Scotland named three times in the reports it provides ("Item 13 Police Scotland Conduct Report").
    # (the words looked for first: the pattern, tried at every capital, costs a seed parse 2%)
    if (
        best_id is not None
        and "considered your" in ctx.text
        and (considering := _HAS_CONSIDERED_YOUR_REQUEST_RE.search(ctx.text)) is not None
    ):
        considered = _bodies_named_in(evidence, considering)
        if considered and best_id not in considered and not ctx.layout.by_requester(considering.start()):
            return _catalogue_authority(ctx, considered[0], evidence[considered[0]])
    # Asked while no body has more than prose for it (a name in passing weighs 1, three at most): "The Comhairle's
    # response was as follows:" outweighs the Scottish Government named twice in the request and the answer it quotes
    # (Comhairle nan Eilean Siar's internal review by email, its own name printed once).
    if best_id is not None and best_score < _LETTERHEAD_WEIGHT and _add_self_references(ctx, evidence):
        best_id, best_score = _strongest(evidence)
    if best_id is not None and (best_score >= 1.5 or _abbreviation_speaks(ctx, evidence[best_id])):
        items = evidence[best_id]
        kinds = {item[0] for item in items}
        # A link alone is often to someone else's guidance (college.police.uk, ico.org.uk); a link with the
        # body's own abbreviation ("KCC" + kent.gov.uk in the Kent seed) or any naming evidence will do, and a link
        # in the letterhead ("www.nottinghamcity.gov.uk" above the date and the greeting) is letterhead evidence.
        if (
            kinds - {"link", "abbreviation"}
            or kinds == {"link", "abbreviation"}
            or (kinds == {"abbreviation"} and (_named_twice(ctx, items) or _abbreviation_speaks(ctx, items)))
            or (kinds == {"link"} and len(evidence) == 1 and _a_councils_own_link(ctx, best_id, items))
        ):
            # A body only named in passing yields to one the thread greets and answers from, though the catalogue
            # does not know it: "Morecambe Town Council is a Parish Council and in Morecambe responsibility for
            # Grounds Maintenance rests with Lancaster City Council" (Morecambe Town Council on WhatDoTheyKnow). Or
            # one signing for it: Kent County Council's solicitor replying "on behalf of the school" in a thread
            # greeting, and first answered from, "Devo Mrs P, Weald of Kent Grammar School".
            answering_kinds = {"body", "request", "link", "sign_off"}
            if kinds <= answering_kinds and (answered := _greeted_and_answering(ctx)) is not None:
                return answered
            # Or to the body WhatDoTheyKnow says was asked, where nothing shows the named one answering: "Gonville
            # and Caius College, Cambridge did not have the information requested." over a request to "Sir/Madam"
            # about "the agreement you hold with Natural England".
            if kinds <= {"body", "request", "link"} and (listed := _listed_elsewhere(ctx, best_id)) is not None:
                return listed
            return _catalogue_authority(ctx, best_id, items)
    return _unknown_authority(ctx, evidence)


_SIGNATURE_WITHIN = 1500  # characters from the top where a page's own signature sentence stands


def _signed_page(ctx: Context, evidence: dict[str, list[_Found]]) -> Authority | None:
    """The authority whose page signature (catalogue ``signatures``) heads the text, over any body the page is about:
    "Correspondence with Scottish Water relating to water scarcity: EIR release / Information request and response
    under the Environmental Information (Scotland) Regulations 2004" (the Scottish Government's release on gov.scot,
    Scottish Water named in every line of the request). Unless a body's name opens the page's title, the release its
    own: "Transport Scotland road delivery outfalls and historic data (2015-2024): EIR Review" (Transport Scotland's
    review on the same site)."""
    head = ctx.lower[:_SIGNATURE_WITHIN]
    for signature, authority_id in ctx.catalogue.authority_signatures:
        at = head.find(signature)
        if at < 0 or ctx.layout.in_quoted(at):
            continue
        # (the title straight above, or the page's first line over the release's fields: "Disclosure Scotland -
        # Protecting Vulnerable Groups (PVG) scheme application queries: FOI release / - Published / ... / - Date
        # responded / - 12 January 2026 / Information request and response under ...", the agency's release on gov.scot)
        above = ctx.layout.line_above(ctx.layout.line_at(at).number, within=3)
        first = next((line for line in ctx.layout.lines if line.text.strip()), None)
        for title in (above, first):
            if title is None:
                continue
            opening = len(title.text) - len(title.text.lstrip())
            for body_id, items in evidence.items():
                if any(start == title.start + opening for _kind, start, _end in items):
                    return _catalogue_authority(ctx, body_id, items)
        return _catalogue_authority(ctx, authority_id, [("letterhead", at, at + len(signature))])
    return None


def _body_speaking_for_its_part(ctx: Context, best_id: str, evidence: dict[str, list[_Found]]) -> str | None:
    """The body that ``best_id``, a unit of it with no legal personality of its own, belongs to, where the reply
    speaks as that body: "Immigration Enforcement Secretariat" heads the letter, which goes on "I am unable to
    confirm whether the Home Office does hold information ... the Home Office is not obliged to comply" (a Home Office
    reply on WhatDoTheyKnow). The unit's evidence becomes the body's (edits ``evidence`` in place)."""
    entry = ctx.catalogue.authorities.get(best_id)
    parent = entry.part_of if entry is not None else None
    if parent is None or not any(kind == "voice" for kind, _, _ in evidence.get(parent, ())):
        return None
    evidence[parent] += evidence.pop(best_id)
    return parent


def _greeted_initials(ctx: Context) -> set[str]:
    """The initials of each body a request greets by a name the catalogue does not know."""
    found = set()
    for salutation in ctx.layout.salutations:
        name = (addressee_of(salutation.text) or "").rstrip(",.:; ")
        known = name.casefold() in ctx.catalogue.authority_by_name
        if " " in name and not known and addresses_an_organisation(salutation.text):
            found.add(_initials(name.split()))
    return found


def _listed_elsewhere(ctx: Context, authority_id: str) -> Authority | None:
    """The body WhatDoTheyKnow names as the one asked, where that is not the catalogue's ``authority_id`` (its name
    there holding every distinctive word of the catalogue's, "Wakefield City Council" for Wakefield Council, is that
    body)."""
    span = _named_by_whatdotheyknow(ctx)
    if span is None:
        return None
    known = ctx.catalogue.authority_by_name.get(span.text.casefold())
    if known == authority_id:
        return None
    if known is None:
        distinct = set(ctx.catalogue.authorities[authority_id].name.lower().split()) - COUNCIL_KIND_WORDS
        if distinct <= set(span.text.lower().replace(",", " ").split()):
            return None
    return _listed_authority(ctx, span)


def _listed_authority(ctx: Context, span: Span) -> Authority:
    """The body WhatDoTheyKnow lists at ``span``: the catalogue's entry when it knows the name, else the name listed."""
    evidence = [AuthorityEvidence(kind="request", span=span)]
    known = ctx.catalogue.authority_by_name.get(span.text.casefold())
    if known is None:
        return Authority(name=span.text, evidence=evidence)
    entry = ctx.catalogue.authorities[known]
    return Authority(name=_name_when_written(entry, [span.text]), id=entry.id, type=entry.type, evidence=evidence)


def _a_councils_own_link(ctx: Context, authority_id: str, items: list[_Found]) -> bool:
    """Whether the only body the text points to is a council, linked in the reply's own words: "Further information and
    contact details can be found at: http://www.allerdale.gov.uk/planning-and-buildings/..." answering a question on
    Allerdale Borough Council's monthly disclosure log, which never names the council (shared/corpus/LABELLING.md: a
    link that identifies the body fills it). Guidance a reply links to is a regulator's or a national body's, not a
    council's."""
    entry = ctx.catalogue.authorities[authority_id]
    return (entry.type.endswith("council") or entry.type == "unitary_authority") and any(
        not ctx.layout.by_requester(start) and not ctx.layout.in_quoted(start) for _kind, start, _end in items
    )


def _bodies_named_in(evidence: dict[str, list[_Found]], m: re.Match[str]) -> list[str]:
    """The bodies with evidence overlapping ``m``'s "name" group: the body a decision's title, a "Public authority:"
    line or "... has considered your request" names."""
    return [
        authority_id
        for authority_id, items in evidence.items()
        if any(start < m.end("name") and m.start("name") < end for _kind, start, end in items)
    ]


def _strongest(evidence: dict[str, list[_Found]]) -> tuple[str | None, float]:
    """The body with the most evidence and its score. Equal scores of initials alone go to the initials written more
    often, the cap on them reached by both ("the FSA/FCA 'Whistleblowing Desk'" twice, then "has the FCA applied for"
    twice, the Financial Conduct Authority's disclosure log, its predecessor's initials the Food Standards Agency's);
    other equal evidence to the body named first ("Provision of information held by Northumbria Police" heads a page
    whose request then quotes an Act granting powers to "police forces and the National Crime Agency")."""
    best_id, best_key = None, (0.0, 0)
    for authority_id, items in evidence.items():
        key = (_score(items), -min(start for _kind, start, _end in items))
        if best_id is None or key > best_key:
            best_id, best_key = authority_id, key
    if best_id is not None and _initials_alone(evidence[best_id]):
        for authority_id, items in evidence.items():
            if _score(items) == best_key[0] and _initials_alone(items) and len(items) > len(evidence[best_id]):
                best_id = authority_id
    return best_id, best_key[0]


def _initials_alone(items: list[_Found]) -> bool:
    return all(kind == "abbreviation" for kind, _, _ in items)


def _catalogue_authority(ctx: Context, authority_id: str, items: list[_Found]) -> Authority:
    """The record of a catalogue body with its evidence, validated as one record with the evidence as plain fields
    (cheaper than a record per span)."""
    entry = ctx.catalogue.authorities[authority_id]
    records = [{"kind": kind, "span": ctx.span_fields(start, end)} for kind, start, end in items]
    # WhatDoTheyKnow heads every message with the body's name as the site lists it now ("Freedom Of Information
    # Requests (LCFT), Lancashire & South Cumbria NHS Foundation Trust" over a 2017 reply signed "Lancashire Care NHS
    # Foundation Trust"): the letters' own words tell the name when written, where they name the body at all.
    senders = [m.sender for m in ctx.layout.messages if m.sender is not None]
    written = [
        ctx.text[start:end]
        for _kind, start, end in items
        if not any(sender.start <= start < sender.end for sender in senders)
    ]
    name = _name_when_written(entry, written or [ctx.text[start:end] for _kind, start, end in items])
    return Authority.model_validate({"name": name, "id": entry.id, "type": entry.type, "evidence": records})


# The kinds of body whose catalogue name may open with an article the text leaves out: councils and NHS trusts
# (patterns/authorities/councils.yaml and nhs.yaml).
# (and a college's: "Dear Bournemouth and Poole College," on WhatDoTheyKnow, The Bournemouth and Poole College)
_ARTICLE_OPTIONAL_TYPES = ("council", "trust", "college")


def _name_when_written(entry: AuthorityEntry, printed: list[str]) -> str:
    """The body's name as the text gives it: a former name the text uses, where it never uses the name the body has
    had since ("Kent and Medway NHS and Social Care Partnership Trust" replying in 2020, renamed Kent and Medway
    Mental Health NHS Trust in 2025), or its legal title where the text never uses its usual name ("South West
    Strategic Health Authority", an ICO decision on the body that went by "NHS South West"); else its name."""
    # A council's or an NHS trust's article is its legal style, not its usual name: "Authority: Highland Council" heads
    # a Scottish Information Commissioner decision on The Highland Council, "the Robert Jones and Agnes Hunt Orthopaedic
    # Hospital NHS Foundation Trust" runs in a trust's letter. Kept where the text prints it.
    if (
        entry.name.startswith("The ")
        and entry.type.endswith(_ARTICLE_OPTIONAL_TYPES)
        and not any(text.startswith("The ") for text in printed)
    ):
        return entry.name.removeprefix("The ")
    if not entry.former_names and not entry.legal_names:
        return entry.name
    used = {_folded_name(text) for text in printed}
    if any(_folded_name(form) in used for form in (entry.name, *entry.aliases)):
        return entry.name
    return next((form for form in (*entry.former_names, *entry.legal_names) if _folded_name(form) in used), entry.name)


def _folded_name(name: str) -> str:
    """A name for comparison: spaces single, "&" as "and", case folded."""
    return " ".join(name.split()).replace(" & ", " and ").casefold()


def _named_in_passing(ctx: Context, evidence: dict[str, list[_Found]]) -> list[str]:
    """The bodies, other than regulators, that the reply's own words name (its prose, or as the subject of what it
    says)."""
    regulators = ctx.catalogue.regulator_ids
    return [
        authority_id
        for authority_id, items in evidence.items()
        if authority_id not in regulators and any(kind in {"body", "voice"} for kind, _, _ in items)
    ]


# The reply pointing to its own site: "... which is available on the Council's website at the link below:
# http://www.coventry.gov.uk/downloads/..." (Coventry City Council, named nowhere else but its links).
_OWN_SITE_BEFORE_RE = re.compile(
    r"\b(?P<own>(?:[Oo]ur|(?:[Tt]he|[Tt]his) (?P<word>[A-Z][a-z]+)(?:'s|\u2019s)) (?:web ?site|web ?pages?))\b"
    r"[^.\n]{0,60}$"
)
_OWN_SITE_REACH = 120


def _own_site_before(ctx: Context, entry: AuthorityEntry, start: int) -> re.Match[str] | None:
    """The words by which the reply calls the site linked at ``start`` its own ("our website", "the Council's
    website", by a word for the body's type), if it does."""
    own = _OWN_SITE_BEFORE_RE.search(ctx.text, max(0, start - _OWN_SITE_REACH), start)
    if own is None or ctx.layout.by_requester(start):
        return None
    word = own.group("word")
    return own if word is None or entry.type in ctx.catalogue.header.self_reference.get(word, ()) else None


def _add_self_references(ctx: Context, evidence: dict[str, list[_Found]]) -> bool:
    """A body named only in passing speaks when the reply calls itself by a word for its type ("the University",
    "our Trust": ``patterns/header.yaml``, self_reference) and it is the one body of that type the reply's own words
    name. Looked for only when no body has more than names in passing; whether any evidence was added."""
    catalogue = ctx.catalogue
    pattern = catalogue.self_reference_re
    if pattern is None:
        return False
    layout = ctx.layout
    types = catalogue.header.self_reference
    named = [
        authority_id
        for authority_id in _named_in_passing(ctx, evidence)
        if not _only_beside_a_self_reference(ctx, pattern, evidence[authority_id])
    ]
    added = False
    for m in pattern.finditer(ctx.text):
        start = m.start()
        if layout.by_requester(start) or layout.boilerplate_kind(start) or layout.in_quoted(start):
            continue
        kinds = types[m.group("word")]
        speaking = [authority_id for authority_id in named if catalogue.authorities[authority_id].type in kinds]
        if len(speaking) == 1:
            evidence[speaking[0]].append(("voice", start, m.end()))
            added = True
    return added


def _only_beside_a_self_reference(ctx: Context, pattern: re.Pattern[str], items: list[_Found]) -> bool:
    """Whether each of a body's namings shares its sentence with the reply's word for itself, which a writer naming
    itself would not add: "all figures provided include data for Bradford District Care Trust, as our Trust provides
    ECT treatment for them under a contract" (Leeds and York Partnership NHS Foundation Trust's reply, calling itself
    "our Trust" throughout) names another trust."""
    for _kind, start, end in items:
        sentence_start, sentence_end = ctx.sentence_around(start, end)
        # (a word for the body that falls inside the name is the name's own, no self-reference beside it)
        if all(m.start() < end and start < m.end() for m in pattern.finditer(ctx.text, sentence_start, sentence_end)):
            return False
    return True


def _drop_referrals(ctx: Context, evidence: dict[str, list[_Found]]) -> None:
    """Leave out the evidence inside sentences that send the requester on to another body (``patterns/outcomes.yaml``'s
    ``sent_elsewhere``): "The Metropolitan Police Service (MPS) may be able to assist you ..." in the reply of the
    Mayor's Office for Policing and Crime."""
    sentences = [ctx.sentence_around(m.start(), m.end()) for m in ctx.cue_matches("sent_elsewhere")]
    if not sentences:
        return
    for authority_id, items in list(evidence.items()):
        kept = [item for item in items if not any(start <= item[1] < end for start, end in sentences)]
        if kept:
            evidence[authority_id] = kept
        else:
            del evidence[authority_id]


def _named_twice(ctx: Context, items: list[_Found]) -> bool:
    """Whether ``items`` name their body twice or more: a log's row printing an abbreviation in its document's name and
    again in its key words ("FOI 007533 MHRA safety alerts.pdf [pdf] 139KB MHRA safety alerts N/A", a clinical
    commissioning group's list of its responses) names it once, a phrase repeated on one line; "KCC response:" heading
    each answer names it each time."""
    layout = ctx.layout
    return len({(layout.line_at(start).number, _word_after(ctx.text, end)) for _kind, start, end in items}) >= 2


def _word_after(text: str, offset: int) -> str:
    """The next word after ``offset``, in lower case ("" at the end of the text)."""
    m = _WORD_RE.search(text, offset, offset + 40)
    return "" if m is None else m.group().lower()


_WORD_RE = re.compile(r"\w+")


def _defined_as_something_else(
    ctx: Context, named_spans: list[tuple[int, int]], named_ids: list[str]
) -> dict[str, str | None]:
    """The initials the text defines in brackets after the words they are the initials of (``_INITIALS_DEFINED_RE``,
    ``_defined_by_initials``), where those words name no catalogued body (None; its names kept in ``named_spans``,
    the bodies in ``named_ids``) or one the catalogue does not know by those initials (that body's id)."""
    if "(" not in ctx.text:
        return {}
    found: dict[str, str | None] = {}
    abbreviations = ctx.catalogue.authority_abbreviations
    for defined in _INITIALS_DEFINED_RE.finditer(ctx.text):
        name = _defined_by_initials(ctx.text, defined)
        if name is None:
            continue
        initials = defined.group("initials")
        bodies = [
            authority_id
            for (start, end), authority_id in zip(named_spans, named_ids, strict=True)
            if start < name[1] and name[0] < end
        ]
        if bodies:
            # the body's own name and its abbreviation: "London Ambulance Service (LAS)"
            if not any(body in abbreviations.get(initials, ()) for body in bodies):
                found[initials] = bodies[0]
            continue
        found[initials] = None
    # (or words in lower case, in quotes perhaps: "the main “violence and aggression” (V&A) category", a request on
    # Gloucestershire Health and Care NHS Foundation Trust's log, not the Victoria and Albert Museum)
    # (the brackets found first, the words read back from them: a scan for lower-case runs costs a parse 8%)
    for defined in _BRACKETED_INITIALS_RE.finditer(ctx.text):
        before = _LOWER_WORDS_BEFORE_RE.search(ctx.text, max(0, defined.start() - _LOWER_WORDS_REACH), defined.start())
        if before is None:
            continue
        words = [word for word in before.group("words").split() if word not in _NAME_JOINERS]
        letters = defined.group("initials").replace("&", "")
        if len(words) >= len(letters) and "".join(word[0] for word in words[-len(letters) :]).upper() == letters:
            found[defined.group("initials")] = None
    return found


_BRACKETED_INITIALS_RE = re.compile(r"\([\"'\u201c]?(?P<initials>[A-Z][A-Z&]{1,7})[\"'\u201d]?\)")
_LOWER_WORDS_BEFORE_RE = re.compile(r"(?P<words>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){1,5})[\"'\u201d]?[ \t]+$")
_LOWER_WORDS_REACH = 80  # characters: six words before the brackets


def _abbreviation_speaks(ctx: Context, items: list[_Found]) -> bool:
    """The body's own abbreviation as the subject of the reply's statement, outside the request ("Unfortunately, ONS
    is unable to provide you with raw Census 2021 data", the Office for National Statistics): once is enough."""
    layout = ctx.layout
    return any(
        kind == "abbreviation"
        and not layout.by_requester(start)
        and (
            (
                (_VOICE_VERB_RE.match(ctx.text, end) is not None or _DOING_RE.match(ctx.text, end) is not None)
                and not _ARTICLE_BEFORE_RE.search(ctx.text, max(0, start - 4), start)
            )
            or _OWN_LOG_AFTER_RE.match(ctx.text, end) is not None
            or (_OWN_REFERENCE_LABEL_AFTER_RE.match(ctx.text, end) is not None and _heads_the_reply(ctx, start))
            or _heads_the_page(ctx, start, end)
            # or names the body whose decision a review would look at again, as a name there does (_kind_at): "If you
            # are unhappy with the decisions made by HSE you may ask for an internal review" (the Health and Safety
            # Executive's extension letter, which spells its name nowhere)
            or layout.boilerplate_kind(start) == "review_rights"
        )
        for kind, start, end in items
    )


def _heads_the_reply(ctx: Context, start: int) -> bool:
    """Whether the abbreviation at ``start`` stands in the letter's header, or opens the first line of the reply under
    the request a page restates: "You asked / I am making a freedom of information (FOI) request ... / We answered /
    TfL Ref: 0678-1920" (Transport for London's published request, which spells its name nowhere)."""
    layout = ctx.layout
    return layout.in_header(start) or (
        layout.line_at(start).start == start
        and not layout.by_requester(start)
        and _REPLY_HEADING_ABOVE_RE.search(ctx.text, max(0, start - _REPLY_HEADING_REACH), start) is not None
    )


_REPLY_HEADING_ABOVE_RE = re.compile(r"(?:^|\n)(?:We answered|Our response|Response|Answer)[ \t]*:?[ \t]*\n[ \t\n]*$")
_REPLY_HEADING_REACH = 40


def _heads_the_page(ctx: Context, start: int, end: int) -> bool:
    """The abbreviation alone on a line above the letter, its heading: "Accessibility | / COPFS / Regulation of
    Investigatory Powers Act 2000, Section 53(1) R015750" (the Crown Office and Procurator Fiscal Service's published
    response, which spells its name nowhere)."""
    line = ctx.layout.line_at(start)
    return ctx.layout.in_header(start) and ctx.text[line.start : line.end].strip(" \t*_#|") == ctx.text[start:end]


# The label of the reply's own reference, in its header: "TfL Ref: FOI-0851-1718" (Transport for London's letter,
# which spells its name nowhere).
_OWN_REFERENCE_LABEL_AFTER_RE = re.compile(
    r"[ \t]+(?:FOI[ \t]+)?(?:Ref|Reference)\b\.?(?:[ \t]+(?:No|Number)\.?)?[ \t]*:"
)


# A log page owned under the body's abbreviation: "Freedom of Information Disclosure Log / The NHSBSA's responses to
# Freedom of Information requests." (the NHS Business Services Authority's page, which spells its name nowhere).
# Or its reply to this request: "I have attached an Excel workbook containing SOAS\u2019s response as requested." (SOAS
# University of London's log entry, which spells its name nowhere).
_OWN_LOG_AFTER_RE = re.compile(
    r"(?:['\u2019]s (?:responses to (?:freedom of information|foi|information) requests"
    r"|(?:response|reply) (?:as requested|to your (?:request|e-?mail|letter))"
    r"|(?:foi |freedom of information )?disclosure log)"
    # (or an email's subject naming the reply the body's: "Subject: ICO response to request[Ref. IRQ0532897]", the
    # Information Commissioner's Office refusing a request as vexatious)
    r"|[ \t]+(?:response|reply) to (?:your )?(?:information |foi |freedom of information )?request"
    # (or its log's title: "ICO Disclosure Log – Response IRQ0648490", the Information Commissioner's Office's
    # published response, listing the councils a request asked about)
    r"|[ \t]+disclosure log[ \t]+[-\u2013\u2014][ \t]+(?:response|reply)\b"
    r")\b",
    re.I,
)


# A letterhead line that breaks a name after its joining word ("Department for Business, Energy &" over "Industrial
# Strategy", BEIS). Tested with str.endswith: a regex search walks every line of the reply.
_JOINING_ENDS = (" &", " and", " of", " for", " the", ",")


def _names_across_lines(ctx: Context) -> list[tuple[str, int, int]]:
    """(authority id, start, end) of catalogue names a letterhead breaks over two lines after a joining word."""
    found: list[tuple[str, int, int]] = []
    layout = ctx.layout
    lines = layout.lines
    names = ctx.catalogue.authority_name_matcher
    for line, below in itertools.pairwise(lines):
        first = line.text.rstrip()
        if not first.endswith(_JOINING_ENDS) or not below.text.strip() or not layout.in_header(line.start):
            continue
        if layout.boilerplate_kind(line.start) is not None:
            continue
        joined = f"{first} {below.text.strip()}"
        doc = names.tokenizer(joined)
        indent = len(below.text) - len(below.text.lstrip())
        for match_id, start, end in names.matcher(doc):
            authority_id = names.authority_ids.get(match_id)
            if authority_id is None:
                continue
            start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            if start_char < len(first) < end_char:  # only a name the line break cuts
                found.append((authority_id, line.start + start_char, below.start + indent + end_char - len(first) - 1))
    return found


# A public body's host written without "http" or "www." ("Disposal of drugs. July 2018 - waht.nhs.uk", a page title
# above a disclosure-log document): found from its public-sector ending, and only where no "@", "/", ":" or "."
# leads it (an email address or link is read as such).
_PUBLIC_HOST_ENDINGS = (".gov.uk", ".nhs.uk", ".ac.uk", ".police.uk", ".gov.scot", ".gov.wales", ".nhs.wales")
_HOST_RE = re.compile(r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


def _bare_hosts(lower: str) -> list[re.Match[str]]:
    """Hosts with a public-sector ending written alone. Found by a plain search for each ending and a walk back
    to the host's start: a regex that could start at any letter would try every position of the reply."""
    found: list[re.Match[str]] = []
    seen: set[int] = set()
    for ending in _PUBLIC_HOST_ENDINGS:
        at = lower.find(ending)
        while at != -1:
            start = at
            while start > 0 and lower[start - 1] in _HOST_CHARS:
                start -= 1
            host = _HOST_RE.match(lower, start)
            if (
                host is not None
                and start not in seen
                and host.end() == at + len(ending)
                and (start == 0 or lower[start - 1] not in "@/:")
                and not lower.startswith("www.", start)
            ):
                seen.add(start)
                found.append(host)
            at = lower.find(ending, at + 1)
    return found


# A department's short address on GOV.UK, printed in its letterhead: "www.gov.uk/defra" above the Department for
# Environment, Food and Rural Affairs' reply, which names itself nowhere else; the short name is the one its own
# domain has (defra.gov.uk, dwp.gov.uk).
_GOV_UK_HOSTS = {"gov.uk", "www.gov.uk"}
_GOV_UK_SLUG_RE = re.compile(r"/([a-z][a-z0-9-]{1,30})(?![a-z0-9/.-])")
# A council's committee papers hosted by ModernGov under its own domain's name: "https://lincolnshire.moderngov.co.uk/
# ieListDocuments.aspx?CId=492&MId=7364" (Lincolnshire County Council's log, which names the council nowhere), the
# council's site lincolnshire.gov.uk.
_MODERNGOV_HOST_RE = re.compile(r"(?:www\.)?([a-z][a-z0-9-]{1,30})\.moderngov\.co\.uk")


def _links(text: str, lower: str) -> list[re.Match[str]]:
    """``_LINK_RE.finditer(text)``, tried only where "http" or "www." starts: "h" and "w" are everywhere in
    English, so a scan that tests every position for them costs more than the rest of this extractor."""
    return matches_at(_LINK_RE, text, occurrences(lower, ("http", "www.")))


# A site the reply calls another's: "The full breakdown of items under the framework can be found through contacting
# Crown Commercial Services via their website: / https://www.crowncommercial.gov.uk/agreements/RM6299" (the NHS
# Business Services Authority's disclosure log).
# ("On-street parking is dealt with by East Sussex County Council, please visit their website for further information:
# / https://www.eastsussex.gov.uk", Hastings Borough Council's published response)
# Or a news article the words cite: "In the wake of this article (https://www.bbc.co.uk/news/uk-scotland-...) I have
# received many messages from relatives" (a review request on the Moray Council's log), not the BBC writing.
_THEIR_SITE_BEFORE_RE = re.compile(
    r"\btheir (?:own )?(?:web ?site|site|web ?page)s?\b[^.\n]{0,30}:?\s*$"
    r"|\b(?:this|the|an?|following|recent) (?:news |press )?(?:article|news story)\s*[(:]?\s*$"
)
_THEIR_SITE_REACH = 80


def _their_site(lower: str, m: re.Match[str]) -> bool:
    """Whether the words just before a link call it another's site (``_THEIR_SITE_BEFORE_RE``)."""
    return _THEIR_SITE_BEFORE_RE.search(lower, max(0, m.start() - _THEIR_SITE_REACH), m.start()) is not None


def _licence_link(lower: str, m: re.Match[str]) -> bool:
    """A link to the Open Government Licence ("made available under the Open Government Licence:
    http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", under a fire and rescue service's
    disclosure log): The National Archives publishes the licence; it is not the body replying."""
    return lower.startswith("/doc/open-government-licence", m.end())


def _score(items: list[_Found]) -> float:
    totals: dict[AuthorityEvidenceKind, float] = defaultdict(float)
    for kind, _, _ in items:
        totals[kind] += _WEIGHTS[kind]
    return sum(min(total, _CAPS.get(kind, total)) for kind, total in totals.items())


# A commissioner's decision names the body it is about on a line of its own: "Public authority: CalMac Ferries
# Limited" (the Scottish Information Commissioner), "Public Authority: Northby Harbour Trust" (the ICO).
# Under a decision's title, "Authority:" alone: "Decision 081/2026: Volume of sediment deposited in Lunan Bay /
# Authority: Montrose Port Authority" (the Scottish Information Commissioner).
# A tribunal's substituted decision notice heads its parties so too: "Organisation: The Governing Body of Pensby High
# School / Complainant: Mr James Griffiths" (the First-tier Tribunal); the article is the heading's. Only above its
# complainant: a council's log heads the requester's kind so ("Organisation : Private Individual", Merthyr Tydfil).
_AUTHORITY_LINE_RE = re.compile(
    # (a bullet before it on FOIwiki's summaries of the ICO's decisions: "  • Case Ref: FER0212345 / • Date: 26
    # January 2010 / • Public Authority: Department of the Environment (NI)")
    r"^[*_ \t•·]*(?:Public [Aa]uthority|Organisation(?=[^\n]*\n[*_ ]*Complainant[ \t]*:)"
    # (a blank line between on the Scottish Information Commissioner's pages: "Decision 134/2024: Number of complaints
    # and actions following complaints / / Authority: Queens Cross Housing Association")
    # and the decision's number twice: "Decision 140/2022 / / Decision Notice 140/2022: Annual General Meetings ... /
    # / Authority:  Govan Housing Association Ltd"
    r"|(?:Decision(?: Notice)? \d{1,3}/\d{4}\b[^\n]*\n(?:[ \t]*\n)?){1,2}[*_ ]*Authority"
    # or under the applicant's line, the older decisions' layout: "Applicant: Mr David Emslie / Authority: Communities
    # Scotland / Case No: 200600806" (Decision 038/2007)
    r"|Applicant[ \t]*:[^\n]*\n[*_ ]*Authority)[*_ ]*:[ \t]*"
    # (the name may stand on the line below: "Public Authority: / Brimscombe and Thrupp Parish Council / Address:", the
    # ICO's notice pasted from its PDF into a forum post)
    r"(?:\n[*_ \t]*)?"
    # (not the term the decision defines for it: "Organisation: Oxford Spires Academy (the School)", the First-tier
    # Tribunal's substituted decision notice)
    r"(?:The[ \t]+(?=[A-Z]))?(?P<name>[A-Z][^\n:]{2,100}?)(?:[ \t]+\([Tt]he [A-Z][a-z]+\))?[ \t.]*$",
    re.M,
)

# A name ending in a word in lower case is no body's: "Decision 068/2022: Monitoring Officer's investigation / Public
# authority: Monitoring Officer's investigation" (the Scottish Information Commissioner's page, the decision's title
# put in the authority's field; the City of Edinburgh Council named below).
_LOWER_CASE_LAST_WORD_RE = re.compile(r"(?<![\w'])[a-z]+[ \t.]*$")


def _names_no_body(titled: re.Match[str]) -> bool:
    # (nor a council's kind alone, its place lost from the page: "Public Authority: County Council Address: County Hall
    # The Crescent Somerset TA1 4DY", the Information Commissioner's notice on Somerset County Council as docslib prints
    # it)
    name = titled.group("name")
    return _LOWER_CASE_LAST_WORD_RE.search(name) is not None or set(name.lower().split()) <= COUNCIL_KIND_WORDS


# The same line run into its neighbours where a page lost its line breaks: "Decision Notice Date: 24 June 2010 Public
# Authority: Government Equalities Office Address: 9th Floor Eland House ..." (the ICO's notice as mirrored), the
# next label ending the name.
_AUTHORITY_RUN_ON_RE = re.compile(r"\bPublic [Aa]uthority:[ \t]*(?P<name>[A-Z][^\n:]{2,100}?)[ \t]+Address:")

# The Scottish Information Commissioner titles a decision with the applicant and the body: "Decision 194/2012 Mr William
# Cordiner and Tayside Fire and Rescue Board" (a fire board abolished in 2013).
_DECISION_TITLE_RE = re.compile(
    # (a dash between, printed as "?" where the page's encoding lost it: "Decision 038/2007 ? Mr David Emslie and
    # Communities Scotland")
    r"^[*_ ]*Decision \d{1,3}/\d{4}:?(?:[ \t]+[-\u2013\u2014?])?"
    # (or an elected member: "Decision 035/2009 Councillor Danny Carrigan and the Assessor for Lanarkshire Valuation
    # Joint Board")
    r"(?:[ \t]+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Councillor|Cllr|Sir|Dame|Lord|Lady)\.?(?:[ \t]+[A-Z][\w'-]*){1,4}"
    # (with the paper the applicant writes for: "Decision 102/2011 Mr Tom Gordon of The Herald and City Building
    # (Glasgow) LLP")
    r"(?:[ \t]+of[ \t]+(?:[Tt]he[ \t]+)?[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3})?"
    # (or an organisation, named to its kind's last word: "Decision 054/2011 Lothian and Borders Fire Brigade Union
    # and Lothian and Borders Fire Board")
    r"|[ \t]+[A-Z][\w'&-]*(?:[ \t]+(?:and|of|for|the|[A-Z][\w'&-]*)){0,8}?"
    r"[ \t]+(?:Union|Limited|Ltd|LLP|plc|Society|Association|Campaign|Group|Newspapers?))"
    r"[ \t]+and[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n:]{2,100}?)[ \t.]*$",
    re.M,
)

# A published release's footer naming whose response it is: "This is Oxford Direct Services' response to a freedom of
# information (FOI) or environmental information regulations (EIR) request." (the council company's FOI release page)
_RELEASE_FOOTER_RE = re.compile(
    r"^This is (?P<name>[A-Z][^\n'\u2019]{2,80}?)(?:'s|\u2019s|'|\u2019) response to an? "
    r"(?i:freedom of information|FOI)\b",
    re.M,
)

# BAILII titles a Commissioner's decision with the body and its sector: "Information Commissioner's Office >> Old Oak
# and Park Royal Development Corporation (OPDC) (Other) [2025] UKICO 346143 (8 April 2025)" (its breadcrumb line; the
# abbreviation in brackets is not the name's).
_BAILII_TITLE_RE = re.compile(
    r"Information Commissioner's Office >>[ \t]+(?P<name>[A-Z][^\n>|()\[\]]{2,100}?)[ \t]+(?:\([A-Z&]{2,10}\)[ \t]+)?"
    r"\([A-Z][a-z]+(?: [a-z]+){0,2}\)[ \t]+\[\d{4}\][ \t]+UKICO\b"
)

# A tribunal decision's title, the body appealing against the Commissioner's decision on it: "North Western and North
# Wales Sea Fisheries Committee v Information Commissioner [2008] UKIT EA_2007_0133 (8 July 2008)" (BAILII's
# breadcrumb line); a person appealing is the requester.
_APPEAL_TITLE_RE = re.compile(
    r"(?:^|>>[ \t]+)(?P<name>[A-Z][^\n>|()\[\]]{2,100}?) v\.? (?:the )?Information Commissioner\b[^\n\[]{0,40}"
    r"\[\d{4}\][ \t]+(?:UKIT|UKFTT|UKUT|UKIST)\b",
    re.M,
)

# The body a tribunal's substituted decision orders: "The decision notice shall be substituted ... so as to provide that
# North Sunderland Harbour Commissioners shall within 35 days provide the Appellant with a list ..." (a First-tier
# Tribunal decision whose parties are the appellant and the Commissioner alone); "Substituted Decision Notice: /
# Merevalley Federation shall, within 30 days of the delivery of this Decision to them, respond to the request" (the
# First-tier Tribunal on a federation of schools).
# Or a paragraph of the substituted decision opening with the body: "Withernsea Town Council must within 35 days of the
# date of promulgation of this Decision either: ..." (the First-tier Tribunal).
_ORDERED_NAME = r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w&'-]*)){1,8}?)"
_WITHIN_DAYS = r"within\s+\d{1,3}\s+(?:calendar\s+|working\s+)?days\b"
_ORDERED_BODY_RE = re.compile(
    r"(?:\b(?:that|Substituted Decision(?: Notice)?:?)\s+(?:the\s+)?|^(?!The\b))"
    rf"{_ORDERED_NAME}\s+(?:shall|must),?\s+{_WITHIN_DAYS}",
    re.M,
)
# Or the deadline first: "The Tribunal hereby orders that within 35 days of the date of the promulgation of this
# Judgment, the Woodroyd Medical Practice, which is a part of the Kensington Partnership, the P.A. herein, ... should
# issue a fresh response" (the First-tier Tribunal, the Commissioner its only respondent).
_ORDERED_AFTER_DEADLINE_RE = re.compile(
    rf"\borders? that,? {_WITHIN_DAYS}[^,\n]{{0,100}},\s+(?:the\s+)?{_ORDERED_NAME}(?=,|\s+(?:shall|must|should)\b)"
)

# Or the body the requests went to, as the substituted decision names it: "... with regard to the requests for
# information made to Stoke Surgery in Stoke, Plymouth by John Mitchell dated 14 March 2023 and 23 May 2023." (the
# First-tier Tribunal on a GP practice, the Commissioner its only respondent)
_REQUESTED_OF_RE = re.compile(
    rf"\brequests? for information made to (?:the\s+)?{_ORDERED_NAME}(?=,?\s+(?:in|by|on|dated)\b)"
)

# Or the body the information was requested from, defined as the decision defines its parties: "It concerns
# information about the felling of trees ... requested from Basingstoke & Deane Borough Council (the "Council")." (the
# First-tier Tribunal, the Commissioner its only respondent)
_REQUESTED_FROM_DEFINED_RE = re.compile(
    rf"\brequested from (?:the\s+)?{_ORDERED_NAME}(?={_DEFINED_AS_PARTY_RE.pattern})"
)

# A tribunal's party line for a body the catalogue does not know: "Astley Abbotts Parish Council Additional Party"
# (the Information Tribunal), "(2) NORTHBY HARBOUR TRUST / Respondents".
_PARTY_LINE_RE = re.compile(
    # (the name is not the role's ordinal: "Second Respondent" alone on its line)
    # A tribunal puts its parties in capitals, each with its article: "THE LINCOLNSHIRE CONSORTIUM OF GRAMMAR SCHOOLS /
    # Second Respondent" (the First-tier Tribunal); the article is the heading's, not the name's.
    rf"^[ \t|]*(?:\(\d\)[ \t]+)?(?!(?i:{_PARTY_ORDINAL})\b)(?:{_PARTY_NAME}|{_PARTY_NAME_BROKEN})"
    rf"{_PARTY_ROLE_GAP}(?i:{_PARTY_ROLE})[ \t|]*$",
    re.M,
)
# The appellant, where a body appeals the Commissioner's decision and the requester is joined as a respondent.
_APPELLANT_LINE_RE = re.compile(rf"^[ \t|]*{_PARTY_NAME}{_PARTY_ROLE_GAP}(?i:appellants?)[ \t|]*$", re.M)
# A name the catalogue does not know, saying what it holds, is the reply's voice: "I can confirm that Hadlow College
# holds information relevant to your request." (the college's refusal, its name nowhere else but its text).
_HOLDS_AFTER_RE = re.compile(
    r"[ \t]+(?:holds|does not hold|neither confirms nor denies)[ \t]+(?:that it holds[ \t]+)?"
    r"(?:(?:the|some|no|any)[ \t]+)?(?:recorded[ \t]+)?information\b"
)
# A decision defining the body it is about: "the Commissioner's decision notice ... which held that Nocton Parish
# Council ('the Council') was entitled to rely on section 40(2)" (the First-tier Tribunal), "a request for information
# regarding expenditure for a local park project to Lydd Town Council (the Council)" (another).
# (the quotation marks around the term alone too: 'Ellingham, Harbridge and Ibsley Parish Council (the "Council") must
# disclose', the First-tier Tribunal's substituted decision notice)
# (a GP practice in lower case: "The Commissioner's decision is that Park End Surgery (the surgery) has correctly
# applied section 14(2)", an ICO summary)
# (its place after it first: "information held by the Old Somerby Parish Council, Grantham, Lincolnshire ("the
# Council")", the First-tier Tribunal)
_DEFINED_AS_THE_BODY_RE = re.compile(
    r"(?:,[ \t]*[A-Z][a-z]+){0,2}"
    r"[ \t]*\([\"'\u2018\u201c]?the [\"'\u2018\u201c]?(?:Council|Trust|Authority|Board|College|School|Academy"
    r"|University|[Ss]urgery|[Pp]ractice|PCT)[\"'\u2019\u201d]?\)"
)
# A GP practice's name: a hospital's "General Surgery" is a department, so such a name counts only where greeted or
# defined as the body a decision is about.
_GP_PRACTICE_RE = re.compile(rf".* {_GP_PRACTICE_WORDS}$")
# A capitalised word straight before a name: the name goes on to the left of what _UNKNOWN_NAME_RE could take.
# (not the greeting's "Dear": "Dear Bury Safeguarding Children Board,"; nor the article: "The Stafford and Stoke on
# Trent Partnership NHS Trust ('the Trust') has refused to comply", an ICO decision notice)
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"\b(?!(?:Dear|The) )[A-Z][a-z]+ $")
_LOWER_JOINING_WORDS = {"And", "Of", "For", "The", "On", "In", "Upon"}


def _names_a_body(ctx: Context, name: str) -> bool:
    """Whether ``name`` is an organisation's: by its words, or as the catalogue knows it."""
    return addresses_an_organisation(f"Dear {name},") or name.casefold() in ctx.catalogue.authority_by_name


def _as_printed_or_titled(name: str) -> str:
    """A name as printed, or in title case if printed in capitals ("NORTHBY HARBOUR TRUST")."""
    if not name.isupper():
        return name
    words = name.title().split()
    return " ".join([words[0], *(w.lower() if w in _LOWER_JOINING_WORDS else w for w in words[1:])])


# The Information Commissioner's summary naming a body the catalogue does not know: "The complainant requested
# information from Warkworth Harbour Commissioners (WHC) relating to the granting of a licence ..." (a decision on a
# trust port). Only a name ending in a word for a body.
# (or "requested from" the body, what was asked after it: "The complainant has requested from the Francis Crick
# Institute (the 'Crick') information relating to ...", a decision that the institute is no public authority)
# Or about the body, defined in brackets after its possessive: "The complainant has requested information about the
# Therfield Regulation Trust’s (the Trust) income and expenditure" (an ICO decision notice under the EIR).
_COMPLAINANT_ASKED_RE = re.compile(
    r"\b[Tt]he complainant (?:has )?(?:(?:requested|asked for|made a request for) (?:\w+ ){0,3}?information from"
    r"|requested from|(?P<about>(?:has )?requested information about)) "
    r"(?:the )?(?P<name>[A-Z][\w'&-]*(?: (?:of |and |for |on |& )?[A-Z][\w'&-]*){0,6} "
    r"(?:Commissioners|Commission|Board|Authority|Trust|Association|Council|Company|Corporation|Agency|Trustees"
    r"|Institute|Institution|Centre|Society|Museum|Library|Gallery|Federation))"
    r"(?(about)(?:'s|\u2019s)? \((?:the )?[A-Z][a-z]+\)|(?= \(| relating| regarding| about| concerning|[.,;]))"
)
_HAS_CONSIDERED_YOUR_REQUEST_RE = re.compile(
    r"\b(?P<name>[A-Z][\w'&-]*(?: (?:of |and |for |& )?[A-Z][\w'&-]*){0,6}) has (?:now |carefully )?considered your"
    r" (?:\w+ ){0,3}?request\b"
)
# (or "Thank you for your email of 10 February 2023 in which you requested from the Insolvency Service:", the agency's
# release on GOV.UK, its answer naming Companies House three times as the register its data come from)
_YOU_MADE_REQUEST_TO_RE = re.compile(
    r"\b(?:[Yy]ou made (?:the following |a |an |your )?(?:[\w()]+ ){0,6}?request to|you requested from) (?:the )?"
    r"(?P<name>[A-Z][\w'&-]*(?: (?:of |and |for |& )?[A-Z][\w'&-]*){0,6})"
)
# A tribunal's background: "On 2 October 2023 the Appellant made a request for information pursuant to the Freedom of
# Information Act 2000 ("FOIA") to The Governing Body of Uppingham Community College ("UCC")." (the First-tier
# Tribunal striking out an appeal), the body named before the short name the decision gives it.
_APPELLANT_ASKED_RE = re.compile(
    r"\b[Tt]he (?:Appellant|Applicant|[Cc]omplainant) made (?:a|an|his|her|their) (?:\w+ )?request for information\b"
    r"[^.\n]{0,100}? to (?:[Tt]he )?(?P<name>[A-Z][\w'&-]*(?: (?:of |and |for |on |& |the )?[A-Z][\w'&-]*){1,8})"
    r"(?= \()"
)
# A tribunal's background, the appellant writing to the body: "On 26 November 2020 Mr Edward Williams, the Appellant in
# these proceedings, wrote to the Avon & Somerset Constabulary ('ASC') referring to events ..." (the First-tier
# Tribunal, its party list lost from BAILII's copy).
_APPELLANT_WROTE_TO_RE = re.compile(
    r"\b[Tt]he (?:Appellant|Applicant|[Cc]omplainant)\b[^.\n]{0,60}? (?:wrote|made a request|applied) to (?:[Tt]he )?"
    r"(?P<name>[A-Z][\w'&-]*(?: (?:of |and |for |on |& |the )?[A-Z][\w'&-]*){1,8})(?= \()"
)
# WhatDoTheyKnow heads a thread with the body asked, as it lists it: "David Hopson made this Freedom of Information
# request to West Wittering Parish Council" (the line runs on into the site's status on some pages).
_WDTK_ASKED_RE = re.compile(
    WDTK_MADE_REQUEST + r" "
    r"(?P<name>[A-Z][^\n,]{2,100}?)"
    # (the place WhatDoTheyKnow adds to tell bodies apart is not the name: "Ammanford Town Council, Carmarthenshire";
    # nor the batch a request was part of: "request to Bournemouth University as part of a batch sent to 179
    # authorities"; nor the abbreviation after it: "request to Worcestershire Primary Care Trust (PCT)")
    r"(?:[ \t]+\([A-Z&]{2,10}\))?(?:,[^\n]*| as part of a batch\b[^\n]*)?"
    r"(?=[ \t]*$|[ \t]+(?:This request|The request|Automatic|Response to this|It is)\b)",
    re.M,
)
# WhatDoTheyKnow's status lines name the body as it lists it too: "The request was refused by Stratford on Avon
# District Council.", "Gonville and Caius College, Cambridge did not have the information requested." (the requester
# greeting "Sir/Madam" and naming Natural England twice), and its chasing templates: "Response to this request is long
# overdue. By law, under all circumstances, Epping Forest District Council should have responded by now", "I believe
# that, by law, the Defence Vetting Agency should normally have responded promptly".
_WDTK_STATUS_NAMES_RE = re.compile(
    # (not the abbreviation WhatDoTheyKnow lists beside the name: "The request was refused by The Kemnal Academy
    # Trust (TKAT).")
    r"^(?:The request was refused by (?:the )?(?P<refused>[A-Z][^\n]{2,100}?)(?:[ \t]+\([A-Z&]{2,10}\))?\."
    r"|(?P<not_held>[A-Z][^\n]{2,100}?)(?:[ \t]+\([A-Z&]{2,10}\))? did not have the information requested\.)[ \t]*$"
    r"|\b[Bb]y law, (?:under all circumstances, )?(?:the )?(?P<overdue>[A-Z][^\n,]{2,100}?) should (?:normally )?have "
    r"responded\b",
    re.M,
)


def _named_by_whatdotheyknow(ctx: Context) -> Span | None:
    """The body WhatDoTheyKnow's banner, status line or chasing template names as the one asked, if any."""
    asked = _WDTK_ASKED_RE.search(ctx.text, 0, 1000)
    if asked is not None:
        return ctx.span(asked.start("name"), asked.end("name"))
    status = _WDTK_STATUS_NAMES_RE.search(ctx.text, 0, 3000)
    if status is None:
        return None
    group = status.lastgroup or "refused"
    return ctx.span(status.start(group), status.end(group))


def _named_in_the_reply(ctx: Context, greeted: _Found, evidence: dict[str, list[_Found]]) -> Authority | None:
    """The one catalogue body the reply names in passing whose distinctive words are all in the name the requester
    greeted (``greeted``: its salutation evidence), itself not in the catalogue."""
    words = set(ctx.text[greeted[1] : greeted[2]].lower().split())
    authorities = ctx.catalogue.authorities
    matches = [
        authority_id
        for authority_id in _named_in_passing(ctx, evidence)
        if (distinct := set(authorities[authority_id].name.lower().split()) - COUNCIL_KIND_WORDS) and distinct <= words
    ]
    if len(matches) != 1:
        return None
    return _catalogue_authority(ctx, matches[0], [greeted, *evidence[matches[0]]])


def _greeted_and_answering(ctx: Context) -> Authority | None:
    """A body of any name a WhatDoTheyKnow thread both greets and answers from: the request's "Dear London Legacy
    Development Corporation," and the reply's sender line "foi, London Legacy Development Corporation" (a body the
    catalogue does not know, its page cut before WhatDoTheyKnow's "made this request to" line; "Keachie Jacqueline,
    North Lanarkshire Licensing Board")."""
    layout = ctx.layout
    greetings: dict[str, Line] = {}
    for message in layout.messages:
        salutation, addressee = message.salutation, message.addressee
        if salutation is None or not addressee or not message.from_requester:
            continue
        if addresses_an_organisation(salutation.text):
            greetings.setdefault(addressee.casefold(), salutation)
    if not greetings:
        return None
    first = min(line.number for line in greetings.values())
    greeted_names = sorted(greetings, key=len, reverse=True)  # the longest first: "St John's College, Cambridge"
    for sender in layout.lines[first + 1 :]:
        who, comma, name = _sender_and_greeted(sender.text.strip(), greeted_names)
        # A sender line ("foi, London Legacy Development Corporation"), or the name on a line of its own in the
        # reply's sign-off: "Kelly Barnett / Senior Administrative Support Worker / Bury Safeguarding Children
        # Board" (a body of its own, pointing the requester to Bury Council).
        if not name or " " not in name or not 0 < len(who if comma else name) <= 60:
            continue
        if layout.in_quoted(sender.start) or layout.by_requester(sender.start):
            continue
        start = sender.start + sender.text.rindex(name)
        if council := _COUNCIL_THEN_ITS_COUNTY_RE.fullmatch(name):
            name = council.group("council")
        return Authority(
            name=name, evidence=[AuthorityEvidence(kind="sign_off", span=ctx.span(start, start + len(name)))]
        )
    return None


# WhatDoTheyKnow names a town or parish council with its county after a comma, to tell it from others of its name:
# "Dear Ammanford Town Council, Carmarthenshire," and the clerk's "Town Clerk, Ammanford Town Council, Carmarthenshire";
# the council's own name is before the comma. (A college keeps its university's city: "St John's College, Cambridge".)
_COUNCIL_THEN_ITS_COUNTY_RE = re.compile(
    r"(?P<council>[^,\n]+ Council), [A-Z][a-z]+(?:(?: | and | upon | on |-)[A-Z][a-z]+){0,3}"
)


def _sender_and_greeted(line: str, greeted_names: list[str]) -> tuple[str, str, str]:
    """``(who, ", ", name)`` for a line that ends in a greeted name (case-folded, longest first) after a comma,
    ``("", "", name)`` for a line that is one; else three empty strings. A name may hold a comma itself: "Freedom of
    Information Officer, St John's College, Cambridge" under "Dear St John's College, Cambridge," (WhatDoTheyKnow)."""
    folded = line.casefold()
    for greeted in greeted_names:
        if folded == greeted:
            return "", "", line
        if folded.endswith(", " + greeted) and len(folded) == len(line):
            cut = len(line) - len(greeted)
            return line[: cut - 2], ", ", line[cut:]
    return "", "", ""


def _unknown_authority(ctx: Context, weighed: dict[str, list[_Found]]) -> Authority | None:
    found = _unknown_authority_found(ctx, weighed)
    if found is None or found.id is not None:
        return found
    # A name read as printed may be one the catalogue knows, its article aside: "The Driving Standards Agency has
    # 688 records ..." on a GOV.UK release headed by no letterhead (the agency's FOI release of 2013).
    bare = found.name.removeprefix("The ").removeprefix("the ")
    known = _known_as_printed(ctx, bare)
    if known is None:
        return found
    entry = ctx.catalogue.authorities[known]
    return Authority(name=_name_when_written(entry, [bare]), id=entry.id, type=entry.type, evidence=found.evidence)


def _known_as_printed(ctx: Context, bare: str) -> str | None:
    """The catalogued body a name read as printed (its article aside) is, if any."""
    known = ctx.catalogue.authority_by_name.get(bare.casefold())
    if known is None:
        # Or printed with a word's plural lost or gained: "South Tees Hospital NHS Foundation Trust has decided ..."
        # (the trust's refusal; the catalogue knows South Tees Hospitals NHS Foundation Trust).
        known = ctx.catalogue.authority_by_singular_name.get(singular_name(bare))
    if known is None and bare.endswith(("NHS Foundation", "NHS")):
        # Or a trust's with its last word lost: "Lancashire and South Cumbria NHS Foundation (“The Trust”)" (a
        # First-tier Tribunal decision, its party line and its text both without "Trust").
        known = ctx.catalogue.authority_by_name.get(f"{bare} Trust".casefold())
    if known is None and bare.endswith(" Council"):
        # Or a council's by its place with another kind: "Kirklees Borough Council" signing on WhatDoTheyKnow, which
        # lists Kirklees Council so.
        known = ctx.catalogue.council_by_distinct_words.get(frozenset(bare.lower().split()) - COUNCIL_KIND_WORDS)
    return known


def _unknown_authority_found(ctx: Context, weighed: dict[str, list[_Found]]) -> Authority | None:
    """A body the evidence above could not settle on: the one a commissioner's decision names ("Public authority:
    ..."), else the one a WhatDoTheyKnow thread was sent to, else a name the catalogue does not know in the
    letterhead, sign-off or salutation (``weighed``: the evidence above, for a greeted name the reply names
    in its catalogue form)."""
    for pattern, within in (
        (_AUTHORITY_LINE_RE, 3000),
        (_AUTHORITY_RUN_ON_RE, 3000),
        (_DECISION_TITLE_RE, 1000),
        (_BAILII_TITLE_RE, 1500),
        (_RELEASE_FOOTER_RE, 4000),
    ):
        named = pattern.search(ctx.text, 0, within)
        if named is not None and not ctx.layout.in_quoted(named.start()) and not _names_no_body(named):
            span = ctx.span(named.start("name"), named.end("name"))
            return Authority(name=span.text, evidence=[AuthorityEvidence(kind="letterhead", span=span)])
    appeal = _APPEAL_TITLE_RE.search(ctx.text, 0, 1500)
    if appeal is not None and _names_a_body(ctx, appeal.group("name")):
        span = ctx.span(appeal.start("name"), appeal.end("name"))
        return Authority(name=span.text, evidence=[AuthorityEvidence(kind="letterhead", span=span)])
    for party in _PARTY_LINE_RE.finditer(ctx.text, 0, 3000):
        group = "name" if party.group("name") is not None else "broken"
        printed = " ".join(party.group(group).split())  # (a name broken over two lines read as one)
        if "commissioner" not in printed.lower():
            if not addresses_an_organisation(f"Dear {_as_printed_or_titled(printed)},"):
                # A person joined as a respondent, the requester when the body appeals: "MONKTON COMBE PARISH COUNCIL
                # / Appellant / ... / PATRICK BUNTON / Second Respondent" (the First-tier Tribunal); or a department
                # as its Secretary of State: "THE SECRETARY OF STATE FOR ENERGY SECURITY AND NET ZERO / Appellant /
                # and / (1) THE INFORMATION COMMISSIONER / (2) MR BEN WEBSTER / Respondents".
                appellant = _APPELLANT_LINE_RE.search(ctx.text, 0, 3000)
                if appellant is not None and _names_a_body(ctx, _as_printed_or_titled(appellant.group("name"))):
                    party, group, printed = appellant, "name", " ".join(appellant.group("name").split())
                elif is_person_name(_as_printed_or_titled(printed)):
                    continue  # a person is never the body
            span = ctx.span(party.start(group), party.end(group))
            name = _as_printed_or_titled(printed)
            # (a name the catalogue knows is resolved to its body by _unknown_authority)
            return Authority(name=name, evidence=[AuthorityEvidence(kind="letterhead", span=span)])
    if "Tribunal" in ctx.text[:1500]:
        ordered_bodies = itertools.chain(
            _ORDERED_BODY_RE.finditer(ctx.text, 0, 3000),
            _ORDERED_AFTER_DEADLINE_RE.finditer(ctx.text, 0, 3000),
            _REQUESTED_OF_RE.finditer(ctx.text, 0, 3000),
            _REQUESTED_FROM_DEFINED_RE.finditer(ctx.text, 0, 3000),
        )
        for ordered in ordered_bodies:
            name = ordered.group("name")
            # (a GP practice too, the body the decision orders: "the Woodroyd Medical Practice")
            organisation = addresses_an_organisation(f"Dear {name},") or _GP_PRACTICE_RE.match(name) is not None
            if organisation and "Commissioner" not in name.split():
                span = ctx.span(ordered.start("name"), ordered.end("name"))
                return Authority(name=span.text, evidence=[AuthorityEvidence(kind="body", span=span)])
    complained_of = _COMPLAINANT_ASKED_RE.search(ctx.text, 0, 1500) or _APPELLANT_ASKED_RE.search(ctx.text, 0, 3000)
    if complained_of is not None and "Commissioner" in ctx.text[:3000]:
        span = ctx.span(complained_of.start("name"), complained_of.end("name"))
        return Authority(name=span.text, evidence=[AuthorityEvidence(kind="body", span=span)])
    listed = _named_by_whatdotheyknow(ctx)
    if listed is not None:
        return _listed_authority(ctx, listed)
    answered = _greeted_and_answering(ctx)
    if answered is not None:
        return answered
    decided = "commissioner" in ctx.lower[:3000]
    for m in _UNKNOWN_NAME_RE.finditer(ctx.text):
        name, start = m.group(), m.start()
        greeted = name.startswith("Dear ")
        if greeted:
            # "Dear Bampton Parish Council, Cumbria," (a WhatDoTheyKnow request): the greeting's words are not
            # the name's.
            name, start = name[5:], start + 5
            runs_on = _GREETED_NAME_RUNS_ON_RE.match(ctx.text, m.end())
            if runs_on is not None and not _ROLE_WORDS.intersection(runs_on.group().lower().split()):
                name += runs_on.group()
        if name.lower() in _NOT_AN_AUTHORITY or name.lower().startswith(("the ", "dear ")) or " " not in name:
            continue
        if _CAPITALISED_WORD_BEFORE_RE.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue  # a longer name cut to its last words ("[Scottish] Further and Higher Education Funding Council")
        if _PLACE_AFTER_RE.match(ctx.text, m.end()):
            continue  # a line of an address ("Durham University Science Park")
        if _GUIDANCE_AFTER_RE.match(ctx.text, m.end()):
            continue  # another body's guidance, or a case named for it
        if _an_example_or_a_precedent(ctx, start, m.end()):
            continue
        kind = _kind_at(ctx, start)
        line = ctx.layout.line_at(start)
        if (
            kind == "letterhead"
            and _inside_prose(ctx.text, line.start, line.end, start)
            and not _DEFINED_AS_THE_BODY_RE.match(ctx.text, m.end())
            and _known_as_printed(ctx, name) is None
        ):
            # A page with no greeting counts its first lines as its head, and the request's sentence may stand there
            # naming a place: "On April 1st 2015 the second if two majestic oaks was felled in a field belonging to
            # Birchwood School." (a request on East Hertfordshire District Council's disclosure log). Not a body the
            # catalogue knows by that name, which a request names as the body asked ("request the following
            # information from Metropolitan Police Service", the force's log), nor one the sentence defines as the
            # body it is about ("The Northby and Stoke on Sea Partnership NHS Trust ('the Trust') has refused to
            # comply", an ICO decision's summary).
            kind = "body"
        if kind == "body" and greeted and line.start == m.start():
            # A request quoted under "You asked:" in the reply keeps its greeting ("Dear Cuckoo Hall Academies
            # Trust,"), which names the body answering as surely as the reply's own salutation would.
            kind = "salutation"
        defined = decided and _DEFINED_AS_THE_BODY_RE.match(ctx.text, m.end()) is not None
        if kind == "body" and _HOLDS_AFTER_RE.match(ctx.text, m.end()) and not ctx.layout.by_requester(start):
            kind = "voice"  # "I can confirm that Hadlow College holds information relevant to your request."
        elif kind == "body" and defined:
            kind = "voice"
        if kind in {"letterhead", "sign_off"} and _GP_PRACTICE_RE.match(name):
            if not defined:
                continue
            kind = "voice"
        if kind in {"letterhead", "sign_off", "salutation", "voice"}:
            if kind == "salutation" and (resolved := _named_in_the_reply(ctx, (kind, start, m.end()), weighed)):
                return resolved
            return Authority(
                name=name, evidence=[AuthorityEvidence(kind=kind, span=ctx.span(start, start + len(name)))]
            )
    return _named_by_its_own_words(ctx)


# The words a greeted name runs on with after its body's word, up to the greeting's comma or a bracket: its place
# ("Dear Green Spring Academy Shoreditch (Bethnal Green Academy),", a WhatDoTheyKnow request) or the rest of its kind
# ("Dear Hillcrest School and Sixth Form Centre, Birmingham,"). Capitalised words only: "Dear Northby School, I
# write ..." runs on into no name.
# (not a team or an officer of the body greeted: "Dear Northby Academy FOI Team,", "Dear Northby School Governors,")
_ROLE_WORDS = frozenset(
    [
        "foi",
        "team",
        "office",
        "officer",
        "officers",
        "governors",
        "governing",
        "body",
        "board",
        "manager",
        "business",
        "information",
        "governance",
        "head",
        "headteacher",
        "principal",
        "clerk",
        "admissions",
        "finance",
        "department",
        "staff",
        "data",
        "protection",
        "compliance",
        "enquiries",
        "reception",
        "admin",
        "administrator",
        "bursar",
        "secretary",
        "chair",
        "trustees",
    ]
)
_GREETED_NAME_RUNS_ON_RE = re.compile(r"(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w'-]*){1,4}(?=[ \t]*(?:,|\(|$))", re.M)


# A company's name alone on one of a letter's first lines, its letterhead: "Edinburgh Trams Ltd / 1 Myreton Drive,
# / Edinburgh, EH12 9GF" (a reply under FOISA), "Supply Chain Coordination Limited" heading its log page.
_COMPANY_LINE_RE = re.compile(
    rf"[ \t*#]*(?P<name>(?!{_FUNCTION_WORD})[A-Z][\w&'.-]*(?: (?:and |of |& )?[A-Z][\w&'.-]*){{0,5}}"
    r" (?:Ltd|Limited|plc|PLC|LLP))\.?[ \t*]*$"
)
_LETTERHEAD_LINES = 3  # lines with text at the top of a page
# A log's heading calling the reply the body's: "Redress Scotland's Response:" (its disclosure log under FOISA).
_OWN_RESPONSE_HEADING_RE = re.compile(
    rf"^[ \t*#]*(?P<name>(?!{_FUNCTION_WORD})[A-Z][\w&-]*(?: (?:of |and |for |& )?[A-Z][\w&-]*){{1,6}})"
    r"(?:'s|\u2019s) (?:[Rr]esponse|[Rr]eply)[ \t]*:?[ \t*]*$",
    re.M,
)
# A name defined by its initials, "the Government Car and Despatch Agency (GCDA)", 'Western Power Distribution
# ("WPD")', the initials then standing for the body the letter speaks for ("a review of GCDA's handling of FOI Case
# 0000087", an internal review).
_INITIALS_DEFINED_RE = re.compile(r" \([\"'\u201c]?(?P<initials>[A-Z]{2,8})[\"'\u201d]?\)")
_NAME_JOINERS = frozenset({"and", "of", "for", "&", "the"})
_INITIALS_USED = 3  # times the initials recur after the definition, outside the requester's words
# (or "your": the kind of body the one asked is, not a name, "The number of bus stops in your Local Transport Authority
# (LTA) area", a request on Devon County Council's log)
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Yy]our) $")
_INDEFINITE_REACH = 6  # characters before a name its article or "your" stands within
# A former body is not the writer: "Due to historical differences in data collection/reporting across UHB and the
# former Heart of England NHS Foundation Trust some responses have been provided by hospital site" (University Hospitals
# Birmingham NHS Foundation Trust's log, which took it over in 2018).
_FORMER_BODY_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+former[ \t]+$")
_FORMER_BODY_REACH = 12  # characters before a name
# Greetings to no body in particular, or to a team: not a name to take for the body.
_GENERIC_ADDRESSEE_RE = re.compile(
    r"\b(?:FOI|Freedom|Information|Team|Officers?|Managers?|Governance|Sirs?|Madam|Colleagues?|Whom|All|Enquiries)\b"
    r"|(?:Councils|Trusts|Authorities|Universities|Colleges|Boards|Departments|Forces|Agencies|Bodies)\b",
    re.I,
)


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word.lower() not in _NAME_JOINERS)


def _defined_by_initials(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The offsets of the capitalised name before ``m`` (``_INITIALS_DEFINED_RE``) whose initials it is."""
    initials = m.group("initials")
    words = re.findall(r"[\w&'-]+", text[max(0, m.start() - 120) : m.start()])
    if words and words[-1].endswith("'s"):
        # the name in the possessive, its initials after: "the Greater Cambridge Partnership's (GCP) handling of a
        # Freedom of Information/Environmental Information Regulations request" (the partnership's own page)
        words[-1] = words[-1].removesuffix("'s")
        if not words[-1]:
            # (the possessive standing apart from its name, "Partnership 's (GCP)": a mistyped or mutated text)
            words.pop()
    taken: list[str] = []
    for word in reversed(words):
        if word.lower() in _NAME_JOINERS and taken:
            taken.insert(0, word)
            continue
        if not word[0].isupper():
            return None
        taken.insert(0, word)
        got = _initials(taken)
        if got == initials:
            while taken[0].lower() in _NAME_JOINERS:
                taken.pop(0)
            name = " ".join(taken)
            start = text.rfind(name, 0, m.start())
            return None if start < 0 else (start, start + len(name))
        if not initials.endswith(got):
            return None
    return None


_ANSWERS_BELOW_RE = re.compile(
    r"\b(?:in (?:response|reply) to your|thank you for your|further to your|I am handling your|we have (?:now )?"
    r"(?:considered|received) your)\b",
    re.I,
)
_ANSWERS_BELOW_REACH = 300  # characters under the greeting


# Words that say what kind of body one is, not which: a name of these alone is a kind's ("The Clinical Commissioning
# Group (CCG) responded to the request ...", an ICO decision notice's summary that never names the CCG).
_BODY_KIND_WORDS = frozenset(
    {
        "the", "of", "and", "for", "&", "nhs", "clinical", "commissioning", "group", "integrated", "care", "board",
        "trust", "foundation", "health", "hospital", "hospitals", "council", "county", "borough", "district", "city",
        "town", "parish", "community", "metropolitan", "combined", "authority", "police", "fire", "rescue", "service",
        "services", "university", "college", "school", "academy", "department", "agency", "commission", "unit",
        "support", "primary", "local", "public", "national", "regional", "executive", "committee", "office",
    }
)  # fmt: skip


def _names_an_unknown_body(name: str) -> bool:
    """A body's name by its words, not a team's, a commissioner's, a generic addressee's or a kind's."""
    return (
        len(name.split()) >= 2
        and addresses_an_organisation(f"Dear {name},")
        and not _GENERIC_ADDRESSEE_RE.search(name)
        and "Commissioner" not in name
        and not set(name.lower().split()) <= _BODY_KIND_WORDS
        and name.split()[-1].lower() not in _NOT_A_BODY_LAST_WORDS
    )


# Last words of a benefit's, a scheme's or a service's name, never a body's: "the number of pupils (age 5-11)
# registered for Benefits Based Free School Meals (BBFSM)" (a council's published response); a kind of care ("Category
# | Continuing Health Care (CHC)" heading NHS Greater Manchester Integrated Care Board's published request); a relief
# from a tax ("4. Households in receipt of Council Tax Reduction (CTR) a. Number of cases referred to enforcement agents
# where the household was in receipt of CTR", a request on East Cambridgeshire District Council's disclosure directory).
# Nor a computer system's: "South Wales Police (SWP) follows detailed national guidance on utilisation of Police
# National Database (PND). An image search in PND is to identify an unidentified subject" (the force's log, its name
# otherwise only in the reply's first answer).
_NOT_A_BODY_LAST_WORDS = frozenset(
    {"meals", "allowance", "allowances", "scheme", "schemes", "payment", "payments", "grant", "grants", "premium",
     "programme", "provision", "club", "clubs", "credit", "credits", "benefit", "benefits", "care", "reduction",
     "reductions", "relief", "discount", "discounts", "database", "databases", "computer", "software", "app",
     "application", "platform"}
)  # fmt: skip


# A capitalised name, perhaps a body's ("Financial Reporting Council"), and the verbs a body's initials take when the
# reply speaks as it ("The FRC does not have any powers to investigate criminal offences").
_CAPITALISED_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?: (?:and |of |for |& )?[A-Z][a-z]+){1,6}\b")
_SPEAKS_AFTER_INITIALS = r"(?:does|do|did|has|have|had|is|was|will|would|can|cannot|holds?|confirms?)\b"
_NAMES_READ = 5000  # characters from the text's start where such a name is looked for


def _named_by_initials_speaking(ctx: Context) -> Authority | None:
    """A body's name the catalogue does not know whose initials the reply speaks as: "We request that you disclose the
    following information in relation to the Financial Reporting Council ..." above "Response / ... The FRC does not
    have any powers to investigate criminal offences" (the Financial Reporting Council's disclosure log, no
    letterhead left on the page)."""
    text, layout = ctx.text, ctx.layout
    tried: set[str] = set()
    for m in _CAPITALISED_NAME_RE.finditer(text, 0, _NAMES_READ):
        name = m.group()
        if name in tried or layout.boilerplate_kind(m.start()) is not None:
            continue
        tried.add(name)
        initials = _initials(name.split())
        if len(initials) < 2 or not _names_an_unknown_body(name):
            continue
        if _INDEFINITE_BEFORE_RE.search(text, max(0, m.start() - _INDEFINITE_REACH), m.start()):
            continue  # a kind of body, not one's name: "your Local Transport Authority (LTA) area"
        for spoken in re.finditer(rf"\b{initials} {_SPEAKS_AFTER_INITIALS}", text):
            if not layout.by_requester(spoken.start()) and layout.boilerplate_kind(spoken.start()) is None:
                span = ctx.span(m.start(), m.end())
                return Authority(name=span.text, evidence=[AuthorityEvidence(kind="voice", span=span)])
    return None


def _named_by_its_own_words(ctx: Context) -> Authority | None:
    """The last resorts for a body the catalogue does not know: a company's letterhead line, a log's heading calling
    the reply the body's, a name the reply defines by initials it then goes on using, or the name the request greets
    (WhatDoTheyKnow greets a body by its listed name: "Dear Service Prosecuting Authority,")."""
    text, layout = ctx.text, ctx.layout
    top = [line for line in layout.lines[:12] if line.text.strip()][:_LETTERHEAD_LINES]
    for line in top:
        company = _COMPANY_LINE_RE.fullmatch(line.text)
        if company is not None:
            span = ctx.span(line.start + company.start("name"), line.start + company.end("name"))
            return Authority(name=span.text, evidence=[AuthorityEvidence(kind="letterhead", span=span)])
    for heading in _OWN_RESPONSE_HEADING_RE.finditer(text):
        if not layout.by_requester(heading.start()):
            span = ctx.span(heading.start("name"), heading.end("name"))
            return Authority(name=span.text, evidence=[AuthorityEvidence(kind="voice", span=span)])
    for defined in _INITIALS_DEFINED_RE.finditer(text):
        if layout.by_requester(defined.start()) or layout.boilerplate_kind(defined.start()) is not None:
            continue
        found = _defined_by_initials(text, defined)
        # A body's name, not a subject's: "Freedom of Information - Information Technology (IT)" heads a trust's
        # log page that goes on about "IT provision" (Mersey Care NHS Foundation Trust).
        if found is None or not _names_an_unknown_body(text[found[0] : found[1]]):
            continue
        initials = defined.group("initials")
        used = len(re.findall(rf"\b{initials}\b", text[defined.end() :]))
        if (
            used >= _INITIALS_USED
            and not re.search(rf"\b(?:[Aa]n?|[Ee]ach) {initials}\b|\b{initials}s\b", text)
            and not _INDEFINITE_BEFORE_RE.search(text, max(0, found[0] - _INDEFINITE_REACH), found[0])
        ):
            # (a thing's name and initials, not a body's, are counted: "an EHCP", "Active EHCPs", after "an active
            # Education Health and Care Plan (EHCP) with your council", Devon County Council's published request;
            # "assessed for an Education Health and Care Plan (EHCP)", Lincolnshire County Council's; a body is one)
            span = ctx.span(*found)
            return Authority(name=span.text, evidence=[AuthorityEvidence(kind="voice", span=span)])
    if (spoken := _named_by_initials_speaking(ctx)) is not None:
        return spoken
    for message in layout.messages:
        salutation, addressee = message.salutation, message.addressee
        if salutation is None or not addressee or message.quoted or not addresses_an_organisation(salutation.text):
            continue
        name = addressee.rstrip(",.:; ")
        if not name[0].isupper() or not _names_an_unknown_body(name):
            continue
        if _ANSWERS_BELOW_RE.search(text, salutation.end, min(message.end, salutation.end + _ANSWERS_BELOW_REACH)):
            # A body greeted by the reply, the requester a firm: "Dear Litigio LLP, / Information request - Our
            # Ref: TC/2018/119 / I am writing in response to your email of 5 July 2018." (the Solicitors Regulation
            # Authority's letter)
            continue
        start = text.find(name, salutation.start, salutation.end)
        if start >= 0:
            span = ctx.span(start, start + len(name))
            return Authority(name=span.text, evidence=[AuthorityEvidence(kind="salutation", span=span)])
    return None
