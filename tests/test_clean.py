from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foiparse.catalogue import get_catalogue
from foiparse.clean import clean, detect_hard_wrap, join_wrapped_lines
from foiparse.readers import read_text

CASES = [
    ("curly quotes", "Children\u2019s \u201cservices\u201d", 'Children\'s "services"'),
    ("dashes", "2015\u20132016 \u2014 yes", "2015-2016 - yes"),
    ("nbsp and zero width", "Social\u00a0Care\u200b team", "Social Care team"),
    # BAILII's copies of the ICO's decision summaries, each curly quote's first bytes printed as a dash
    (
        "curly quotes garbled into a dash and a sign",
        "The complainant requested from the Adjudicator-\u2122s Office (the -\u02dcpublic authority-\u2122) -\u0153all "
        "of it-\u009d.",
        "The complainant requested from the Adjudicator's Office (the 'public authority') \"all of it\".",
    ),
    ("markdown emphasis", "***1. Name of system***", "1. Name of system"),
    # the University of East Anglia's log: one number glued, the item below it following on with its dash printed
    (
        "one glued item number the next item follows on from",
        "Our response:\n1.1Do you believe you have fully implemented the AQF?\nOur response:\nNo.\n1.2 - If not, what"
        " date did you sign the pledge?\n",
        "Our response:\n1.1. Do you believe you have fully implemented the AQF?\nOur response:\nNo.\n1.2 - If not, what"
        " date did you sign the pledge?",
    ),
    # London Metropolitan University's log: one number printed without its stop between two printed with it; a bare
    # number elsewhere (a table's row) keeps its form
    (
        "a bare item number between two numbered items gets its stop",
        "3. If yes, what is the name of the tool?\n4 What is the renewal date?\n5. If no, why not?\n2 Apples\n",
        "3. If yes, what is the name of the tool?\n4. What is the renewal date?\n5. If no, why not?\n2 Apples",
    ),
    # Staffordshire University's disclosure log: sub-question numbers glued to the question mark above them
    (
        "an item number glued to a question mark starts a line",
        "9. Who are the people responsible?9.1 Upgrades\n10.1 How many systems do you have?10.2 How many users?\n"
        "See https://example.org/log?id=2 Item",
        "9. Who are the people responsible?\n9.1 Upgrades\n10.1 How many systems do you have?\n10.2 How many users?\n"
        "See https://example.org/log?id=2 Item",
    ),
    ("a bullet is not emphasis", "* item one\n* item two", "* item one\n* item two"),
    ("an exam grade's star closes no emphasis", "*the number of GCSE A* grades", "*the number of GCSE A* grades"),
    ("emphasis ending in a word", "*see the A level note*", "see the A level note"),
    ("markdown escapes", "Contract details \\(due-north.com\\)", "Contract details (due-north.com)"),
    # Bright Futures Educational Trust's log: "Date Request Recieved: 03/09/2018"
    (
        "receive and receipt misspelt with ie",
        "Date Request Recieved: 03/09/2018. We recieve a RECIEPT. Recital, recipe.",
        "Date Request Received: 03/09/2018. We receive a RECEIPT. Recital, recipe.",
    ),
    # a requester's OCR of the Department of Enterprise, Trade and Investment's letter
    (
        "FOI read by OCR with a lower-case L",
        "Our Ref: FOl 062 under the (FOl) Act. FOlder",
        "Our Ref: FOI 062 under the (FOI) Act. FOlder",
    ),
    (
        "trailing spaces and space runs",
        "Mollie Thorne  \nInformation   Access",
        "Mollie Thorne\nInformation Access",
    ),
    ("blank line runs", "a\n\n\n\n\nb", "a\n\nb"),
    ("CRLF", "a\r\nb", "a\nb"),
    (
        "items marked with a slash, run together in one line, each on a line of its own",
        "Please forward the following documentation:- 1/ All relevant legislation at the time. 2/ The Inspector "
        "Disclosure Policy prior to inspection 3/ The disclosure made prior to the inspection",
        "Please forward the following documentation:-\n1/ All relevant legislation at the time.\n2/ The Inspector "
        "Disclosure Policy prior to inspection\n3/ The disclosure made prior to the inspection",
    ),
    (
        "a list of bare numbers run onto one line under its introduction",
        "in the following categories:\n\n1 Gender 2 Religion 3 Nationality 4 Reason for detention\n",
        "in the following categories:\n\n1 Gender\n2 Religion\n3 Nationality\n4 Reason for detention",
    ),
    (
        # the Army Secretariat's letter on WhatDoTheyKnow: the PDF's text put the redacted email beside the greeting
        "a greeting glued after an email address gets its own line",
        "Via whatdotheyknow.com\n10 June, 2020\nxxxxxxxx@xxxxxxxx.xxx Dear Dr Reed,\nThank you for your email of 12 May.",
        "Via whatdotheyknow.com\n10 June, 2020\nxxxxxxxx@xxxxxxxx.xxx\nDear Dr Reed,\nThank you for your email of 12 May.",
    ),
    (
        # a sentence that mentions an address before a greeting it quotes is no address line: nothing split there
        "a greeting run on inside a sentence after an address stays",
        "Write to foi@northby.gov.uk Dear Sir or Madam, is how letters begin.",
        "Write to foi@northby.gov.uk Dear Sir or Madam, is how letters begin.",
    ),
    (
        # foi-request.com's mirror of a WhatDoTheyKnow thread lists each message as an item, its greeting bulleted
        "a thread's messages bulleted at their greetings lose the bullet",
        "Status: Refused.\n\n  \u2022 Dear Northby Police and Crime Commissioner,\n\n    Please send the list.\n\n"
        "  \u2022 Dear Mr Hart\n    REQUEST FOR INFORMATION",
        "Status: Refused.\n\nDear Northby Police and Crime Commissioner,\n\nPlease send the list.\n\n"
        "Dear Mr Hart\nREQUEST FOR INFORMATION",
    ),
    (
        # NHS Fife's letter as a document site's text, every line run together
        "a list of bare numbers run on after sentences' ends in a flattened line",
        "Dear Billy FREEDOM OF INFORMATION REQUEST 2019.072.NHS Thank you for your Freedom of Information "
        "Request which we received on 9 August 2019. Question/Response: 1 How much did the hospital cost? "
        "The final construction cost was £27m. 2 How much did the day surgery unit cost? Most of this is "
        "shared space. 3 How much did the equipment cost please? Theatre space was provided in order to "
        "future proof the new hospital.\n",
        "Dear Billy FREEDOM OF INFORMATION REQUEST 2019.072.NHS Thank you for your Freedom of Information "
        "Request which we received on 9 August 2019. Question/Response:\n1 How much did the hospital cost? "
        "The final construction cost was £27m.\n2 How much did the day surgery unit cost? Most of this is "
        "shared space.\n3 How much did the equipment cost please? Theatre space was provided in order to "
        "future proof the new hospital.",
    ),
    (
        # Sherwood Forest Hospitals NHS Foundation Trust's letter as a PDF's text
        "a day's ordinal glued to its month with no year",
        "which was originally received on the 25thFebruary with a follow up 28th March.\n",
        "which was originally received on the 25th February with a follow up 28th March.",
    ),
    (
        "figures under a sentence that introduces no list",
        "The rota was set.\n\n1 Team of 2 Officers 3 Days a week\n",
        "The rota was set.\n\n1 Team of 2 Officers 3 Days a week",
    ),
    (
        "a restated request's items in lower case after each question, run together",
        "1. is Garth Farm a landfill site? If not why not? 2. has this site been registered? 3. is tax payable on it?",
        "1. is Garth Farm a landfill site? If not why not?\n2. has this site been registered?\n3. is tax payable on it?",
    ),
    (
        # Gloucestershire Health and Care NHS Foundation Trust's letter (FOI 160-2022), a PDF's text: the answer after
        # the question mark, then the next question run on with no stop between
        "the next question run on after an answer with no stop",
        "1. Do you currently use digital dictation? Yes\n2. If yes, who is your provider for digital dictation? BigHand "
        "3. If no, what is your process for letter production?\n4. What is the contract end date? 31st March 2023",
        "1. Do you currently use digital dictation? Yes\n2. If yes, who is your provider for digital dictation? "
        "BigHand\n3. If no, what is your process for letter production?\n4. What is the contract end date? 31st March "
        "2023",
    ),
    (
        "a figure ending an answer before a sentence that asks nothing is no next question",
        "1. How many vehicles do you own? 12 2. How many are electric? We own 5 3. The rest run on diesel.",
        "1. How many vehicles do you own? 12\n2. How many are electric? We own 5 3. The rest run on diesel.",
    ),
    (
        "a tab-separated table keeps its cell edges",
        "No.\tQuestion\tResponse\n1\tWhich EPR?\tPPM+\n2\tWhich LIMS?\tWinPath",
        "No. | Question | Response\n1 | Which EPR? | PPM+\n2 | Which LIMS? | WinPath",
    ),
    (
        "a label and its value are no table",
        "Date response sent\t30th January 2024",
        "Date response sent 30th January 2024",
    ),
    ("one line of cells is no table", "Name\tRole\tTeam\nThe rest is prose.", "Name Role Team\nThe rest is prose."),
    # PDF text that lost its spaces (a CNWL letter; a Kettering letter).
    (
        "a date glued together",
        "13October2016\nreceived on 27September2016.",
        "13 October 2016\nreceived on 27 September 2016.",
    ),
    (
        "a date glued to the words around it",
        "received by Kettering Borough Council21 March 2017requesting",
        "received by Kettering Borough Council 21 March 2017 requesting",
    ),
    (
        # the ICO's reply as its requester published it: the date line glued to the reference label after it
        "a date glued to a capital after it",
        "31 March 2014Case Reference Number IRQ0532897",
        "31 March 2014 Case Reference Number IRQ0532897",
    ),
    (
        # an East Renfrewshire Council letter from a PDF
        "a weekday glued to the word before the date",
        "Thank you for your FOI request received onMonday 5th January 2015.",
        "Thank you for your FOI request received on Monday 5th January 2015.",
    ),
    # Staffordshire University's disclosure log flattened from a PDF: a row's dates run together
    (
        "a row's dates glued year to day",
        "15 April 201118 May 201116 May 2011Under the Freedom of Information Act",
        "15 April 2011 18 May 2011 16 May 2011 Under the Freedom of Information Act",
    ),
    ("a weekday inside a word is left alone", "Goodfriday 5 April 2015", "Goodfriday 5 April 2015"),
    ("a date with its spaces is left alone", "On 1st March, 2017 we replied", "On 1st March, 2017 we replied"),
    ("codes are not dates", "FOI2013October2016 and ref 12Mayfield2019", "FOI2013October2016 and ref 12Mayfield2019"),
    # Weston Area Health NHS Trust's disclosure log, its marks printed apart from the items
    (
        "item numbers glued to their words, following on from the first",
        "1. Is this service provided in-house?\n\nYes.\n\n2If not, the name of the provider\n\nWithheld.\n\n"
        "3What is the annual cost?\n\n\u00a3116,220",
        "1. Is this service provided in-house?\n\nYes.\n\n2. If not, the name of the provider\n\nWithheld.\n\n"
        "3. What is the annual cost?\n\n\u00a3116,220",
    ),
    # Glasgow City Council's review letter (a PDF): a quoted request glued from its first item, its parts numbered on
    (
        "a quoted list glued from its first item, and its parts",
        "You requested the following information\n\n\u201c1Minutes of any meeting of the Partnership.\n\n2Copies of "
        "any information produced by the Partnership.\u201d\n\nYou clarified point 2:-\n\n\u201c2.1Minutes of the "
        "Working Group.\n\n2.2Copies of any information produced by the Working Group.\u201d",
        'You requested the following information\n\n"1. Minutes of any meeting of the Partnership.\n\n2. Copies of '
        'any information produced by the Partnership."\n\nYou clarified point 2:-\n\n"2.1. Minutes of the '
        'Working Group.\n\n2.2. Copies of any information produced by the Working Group."',
    ),
    # a WhatDoTheyKnow request to Brighton and Hove City Council: the colon after each number kept, its space lost
    (
        "a list's colons glued to their items' first words get their space back",
        "Please tell me:\n\n1: The number of trees cut down.\n\n2:The average size and age of such trees.\n\n3:The "
        "number of complaints made.",
        "Please tell me:\n\n1: The number of trees cut down.\n\n2: The average size and age of such trees.\n\n3: The "
        "number of complaints made.",
    ),
    (
        "a time opening a line is no glued list",
        "The meeting:\n\n10:30 Welcome\n\n11:Noon break",
        "The meeting:\n\n10:30 Welcome\n\n11:Noon break",
    ),
    (
        "one name opening its line with a number is no glued list",
        "Thank you.\n\n2gether NHS Foundation Trust\n\n1Life Management Solutions runs the centre.",
        "Thank you.\n\n2gether NHS Foundation Trust\n\n1Life Management Solutions runs the centre.",
    ),
    # Coventry City Council's letter on a flip-book site, its HTML tags printed in its text
    (
        "html tags printed in a page's text come out",
        "Our reference: RFI 12-20087676<br />\n\nChildren, Learning and Young<br />\n\nPeople's Direc<strong>to</strong>"
        "rate<br />\n\nDear Fiona Nicholson,<br />",
        "Our reference: RFI 12-20087676\n\nChildren, Learning and Young\n\nPeople's Directorate\n\nDear Fiona Nicholson,",
    ),
    # the Scottish Qualifications Authority's log: a paragraph's tags between two words leave a space
    (
        "a paragraph's html tags between two words leave a space",
        "| 02/11/2020 | FOI20/21 143 Entries <p>The number of students</p><p>SQA only holds information</p> |",
        "| 02/11/2020 | FOI20/21 143 Entries The number of students SQA only holds information |",
    ),
    (
        "one html tag alone stays",
        "Please use the <br> tag in the form.",
        "Please use the <br> tag in the form.",
    ),
    # Scottish Borders Council's disclosure log as a dashed list of fields, the "Response" field's name run onto the
    # end of the request's last question
    (
        "a dashed field's name run onto the field above gets its own line",
        "- FOI Number\n- 2024592\n- Type of Request\n- EIR\n- Request or Question\n-\n1. The Incident Report.\n2. Any "
        "other correspondence related to the Loss Address. - Response\n-\nFirstly, I would like to apologise.",
        "- FOI Number\n- 2024592\n- Type of Request\n- EIR\n- Request or Question\n-\n1. The Incident Report.\n2. Any "
        "other correspondence related to the Loss Address.\n- Response\n-\nFirstly, I would like to apologise.",
    ),
    (
        "a dash in a sentence on a page with no dashed fields stays",
        "1. The Incident Report.\n2. Any other correspondence. - Response\nFirstly, I would like to apologise.",
        "1. The Incident Report.\n2. Any other correspondence. - Response\nFirstly, I would like to apologise.",
    ),
    # Scottish Borders Council's disclosure log, a list's first two bullets run onto the line that introduces it
    (
        "bullets run onto a list's introduction get a line each",
        "Request regarding your Financial Management/ERP system: * What system does the council use?* Who is "
        "responsible for it?\n* How many users access it?",
        "Request regarding your Financial Management/ERP system:\n* What system does the council use?\n* Who is "
        "responsible for it?\n* How many users access it?",
    ),
    # The University of Wolverhampton's disclosure log, three bullets of a list run together on one of its lines
    (
        "round bullets run together inside a list of round bullets get a line each",
        "The details we require are:\n  \u2022 What are the KPIs?\n  \u2022 Suppliers who applied at the PQQ stages "
        "\u2022 Actual spend on this contract \u2022 Start date & duration?\n  \u2022 Who is responsible?",
        "The details we require are:\n\u2022 What are the KPIs?\n\u2022 Suppliers who applied at the PQQ stages\n"
        "\u2022 Actual spend on this contract\n\u2022 Start date & duration?\n\u2022 Who is responsible?",
    ),
    (
        "round bullets as separators on a line of their own are no list",
        "Home \u2022 About us \u2022 Contact\nDear Ms Price,",
        "Home \u2022 About us \u2022 Contact\nDear Ms Price,",
    ),
    (
        "a starred note after a colon, no list below, is no bullet",
        "Prices: * Excludes VAT. * Correct at 1 April.\nSee the table.",
        "Prices: * Excludes VAT. * Correct at 1 April.\nSee the table.",
    ),
    # Herefordshire Council's published FOI release, the first item's dash left on the line introducing the list
    (
        "a dash stranded after a list's colon goes back to its item",
        "including the following fields: -\n\nBilling Authority Property Reference Code\n\n- Firm's Trading "
        "Name\n\n- Full Property Address",
        "including the following fields:\n\n- Billing Authority Property Reference Code\n\n- Firm's Trading Name"
        "\n\n- Full Property Address",
    ),
    # Southend-on-Sea Borough Council's letter: the ":-" ends the introduction above a paragraph introducing the list
    (
        "a colon and dash above a paragraph introducing a dashed list stays",
        "you asked us to provide the following information:-\n\nIn terms of the Act, could you please provide me "
        "with a list, including the following fields:\n\n- Billing Authority Property Reference Code\n- Firm's "
        "Trading Name",
        "you asked us to provide the following information:-\n\nIn terms of the Act, could you please provide me "
        "with a list, including the following fields:\n\n- Billing Authority Property Reference Code\n- Firm's "
        "Trading Name",
    ),
    (
        "a dash after a colon over prose is left alone",
        "The options are: -\n\nNone of these apply.\n\nThe table below lists them.",
        "The options are: -\n\nNone of these apply.\n\nThe table below lists them.",
    ),
    # Portsmouth City Council's published FOI release, its bullets printed as straight quotes on one line
    (
        "straight-quote bullets run onto a list's introduction get a line each",
        'for businesses including: " The company name " The start date of the account " The full property address',
        "for businesses including:\n\u2022 The company name\n\u2022 The start date of the account\n\u2022 The full "
        "property address",
    ),
    (
        "quotations after a colon are no bullets",
        'He wrote: "The company name" and "The start date" and "The address"',
        'He wrote: "The company name" and "The start date" and "The address"',
    ),
    # Thames Valley Police's letter as text, its lines 60 to 90 characters long in a proportional font
    (
        "a sentence going on in lower case under a long line, at no one width, is one line",
        "Dear Oliver Sirrell,\nI write in response to the above-referenced Freedom of Information Act (FOIA) request\n"
        "submitted on the 2nd November 2018. Thames Valley Police has now considered this\nRequest\n- item one\n",
        "Dear Oliver Sirrell,\nI write in response to the above-referenced Freedom of Information Act (FOIA) request "
        "submitted on the 2nd November 2018. Thames Valley Police has now considered this\nRequest\n- item one",
    ),
    (
        "a short line over lower case, or a list item in lower case, stays",
        "Please note the following\nconditions apply.\nThe council holds the records listed for each year in the table\n"
        "a) minutes of meetings\n",
        "Please note the following\nconditions apply.\nThe council holds the records listed for each year in the table\n"
        "a) minutes of meetings",
    ),
    # Slough Borough Council's monthly log, run together on a document site
    (
        "a list run together after a questions label gets a line an item",
        "FOIs received and answered - September 2013 FOI 5268 Q&A 1. How many properties have been sold under the "
        "Right to Buy scheme since May 2010? - 121 2. How many social homes for rent have been built since May 2010? "
        "- 213 3. How many social homes for rent to be built in future have planning permission? - 201 FOI 5269 Q 1. "
        "The total number of social worker posts in your local authority.",
        "FOIs received and answered - September 2013 FOI 5268 Q&A\n1. How many properties have been sold under the "
        "Right to Buy scheme since May 2010? - 121\n2. How many social homes for rent have been built since May 2010? "
        "- 213\n3. How many social homes for rent to be built in future have planning permission? - 201 FOI 5269 Q 1. "
        "The total number of social worker posts in your local authority.",
    ),
    # a request the Department for Business, Energy & Industrial Strategy quotes
    (
        "a wrapped line is not joined to the next item, its number glued to its first word",
        "where you requested the following information:\n"
        "1.We request to inspect all internal correspondences between officials and all Government\n"
        "departments in respect of that ministerial briefing report and The Times article referred to.\n"
        "2.We request to see all instructions given in respect of the Ministerial Briefing Report and\n"
        "evidence of all action taken by the Cabinet Office.\n"
        "3.We request to inspect all documentation to establish what the Cabinet Office and its ministers\n"
        "are doing in the national public interest to perform on their statutory duties.\n",
        "where you requested the following information:\n"
        "1.We request to inspect all internal correspondences between officials and all Government departments in "
        "respect of that ministerial briefing report and The Times article referred to.\n"
        "2.We request to see all instructions given in respect of the Ministerial Briefing Report and evidence of all "
        "action taken by the Cabinet Office.\n"
        "3.We request to inspect all documentation to establish what the Cabinet Office and its ministers are doing in "
        "the national public interest to perform on their statutory duties.",
    ),
    # the Scottish Information Commissioner's decision on NHS National Services Scotland, its PDF's lines each followed by
    # a blank line: a sentence going on past its line goes on past the blank line too
    (
        "a double-spaced wrapped text is read as wrapped",
        "Background\n\n1.    On 29 July 2022, the Applicant made the following request for information to the Authority:"
        "  \n\n(i)    \u201cPreviously in an answer to an FOI, [the Authority] provided a document that it states was sent "
        "from Alice\n\nMacleod the then Senior Nurse with National Procurement (NSS) to the then Cabinet Secretary for "
        "Health Shona\n\nRobison dated the 13/6/18.  Can you confirm that this document was sent to the then\n\nHealth "
        "Secretary?\n\n(ii)    The Communication referenced above states that Martin Street (Strategic Director at "
        "National Procurement)\n\nwas copied into this Communication.  Can you confirm if Martin Street was copied "
        "into this communication and/or\n\nwas aware of it or anything similar?\n\n(iii)    The Communication referenced "
        "above states that Paul Hornby (Head of Strategic Sourcing & Commercial at\n\nNational Procurement) was copied "
        "into this Communication.  Can you confirm if Paul Hornby was copied into this\n\ncommunication?\u201d\n\n \n\n2."
        "    The Authority responded to the request.\n",
        "Background\n\n1. On 29 July 2022, the Applicant made the following request for information to the Authority:\n\n"
        '(i) "Previously in an answer to an FOI, [the Authority] provided a document that it states was sent from Alice '
        "Macleod the then Senior Nurse with National Procurement (NSS) to the then Cabinet Secretary for Health Shona "
        "Robison dated the 13/6/18. Can you confirm that this document was sent to the then Health Secretary?\n\n"
        "(ii) The Communication referenced above states that Martin Street (Strategic Director at National "
        "Procurement) was copied into this Communication. Can you confirm if Martin Street was copied into this "
        "communication and/or was aware of it or anything similar?\n\n(iii) The Communication referenced above states "
        "that Paul Hornby (Head of Strategic Sourcing & Commercial at National Procurement) was copied into this "
        'Communication. Can you confirm if Paul Hornby was copied into this communication?"\n\n2. The Authority '
        "responded to the request.",
    ),
    # a WhatDoTheyKnow request to Biddick Hall Infant School, its items numbered "1/"
    (
        "a wrapped line is not joined to the next item, its number marked with a slash",
        "Please send me the overall staff turnover rate (teaching and non-teaching),\n"
        "including staff with either full-time or part-time contracts, at your\n"
        "school. I would be grateful if you could also supply numbers of teaching\n"
        "and non-teaching staff:\n"
        "1/ total headcounts at the start and end of the period,\n"
        "2/ average headcount (start headcount and end headcount divided by two),\n"
        "3/ number of leavers over the period, and\n"
        "4/ number of staff with more than one year's service.\n",
        "Please send me the overall staff turnover rate (teaching and non-teaching), including staff with either "
        "full-time or part-time contracts, at your school. I would be grateful if you could also supply numbers of "
        "teaching and non-teaching staff:\n"
        "1/ total headcounts at the start and end of the period,\n"
        "2/ average headcount (start headcount and end headcount divided by two),\n"
        "3/ number of leavers over the period, and\n"
        "4/ number of staff with more than one year's service.",
    ),
    (
        "a drop capital on a line of its own rejoins its word (the Department for Transport's letter on WhatDoTheyKnow)",
        "03 July 2019\n\nD\n  ear Mr Bickerdike,\n\nA\nlist of sites is attached.\n",
        "03 July 2019\n\nDear Mr Bickerdike,\n\nA\nlist of sites is attached.",
    ),
    (
        "one name with a number is no glued item",
        "1. Which trusts do you work with?\n\n2Gether NHS Foundation Trust and others.",
        "1. Which trusts do you work with?\n\n2Gether NHS Foundation Trust and others.",
    ),
]


@pytest.mark.parametrize(("label", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_clean(label: str, raw: str, expected: str) -> None:
    assert clean(read_text(raw)).text == expected


def test_letterhead_labels_glued_to_their_values_get_their_space_back() -> None:
    # Bury Council's letter template as PDF text: each cell's label glued to its value.
    raw = (
        "Town Hall\nOur RefJCW/036468\nYour RefMr N Gregory\nDate19 August 2016\nPlease ask forJanet Witkowski\n"
        "Direct Line0161 2535219\nTelford Road\nREFERENCE FOI/1\nDated as above\n"
    )
    cleaned = clean(read_text(raw), get_catalogue().glued_cell_re)
    assert cleaned.text == (
        "Town Hall\nOur Ref JCW/036468\nYour Ref Mr N Gregory\nDate 19 August 2016\nPlease ask for Janet Witkowski\n"
        "Direct Line 0161 2535219\nTelford Road\nREFERENCE FOI/1\nDated as above"
    )
    assert raw[cleaned.to_raw(cleaned.text.index("JCW"))] == "J"
    # Without the labels only the date is mended (glued to the word before it).
    assert clean(read_text(raw)).text == raw.strip().replace("Date19", "Date 19")


def test_emphasis_becomes_a_style_hint() -> None:
    cleaned = clean(read_text("Intro\n***1. Name of system***\nanswer"))
    start = cleaned.text.index("1. Name")
    assert cleaned.is_bold(start, start + len("1. Name of system"))
    assert not cleaned.is_emphasised(0, 5)


WRAPPED = (
    "Thank you for your request for information which we received on 3 March\n"
    "2024. We have now considered your request under the Freedom of Information\n"
    "Act 2000 and I can confirm that the Council holds the information you have\n"
    "asked for. Please find our answers to each of your questions set out below\n"
    "in the order in which you asked them, together with the relevant notes and\n"
    "explanations where we thought these would help you to understand the data.\n"
    "1. How many staff?\n"
    "Twelve.\n"
)


def test_hard_wrapped_email_is_reflowed_but_list_items_stay() -> None:
    assert detect_hard_wrap(WRAPPED) is not None
    text = clean(read_text(WRAPPED)).text
    assert "received on 3 March 2024." in text
    assert "\n1. How many staff?\nTwelve." in text


def test_a_question_heading_as_long_as_a_wrapped_line_keeps_its_answer_below() -> None:
    # The NHS Business Services Authority restates each question as a heading, its answer on the next line.
    wrapped = WRAPPED.replace(
        "1. How many staff?\nTwelve.\n",
        "Question 2 - DPIA documentation or data sharing agreements relevant to the\nI can confirm that we hold it.\n"
        "Question 3 - Please provide the data sharing agreements relevant to this\ncase and any others.\n",
    )
    text = clean(read_text(wrapped)).text
    assert "relevant to the\nI can confirm" in text
    assert "relevant to this case and any others." in text


def test_an_items_number_alone_on_its_line_is_not_joined_to_the_wrapped_line_above() -> None:
    # Greenwood Academy's reply prints each number on a line of its own over its question.
    wrapped = WRAPPED.replace(
        "1. How many staff?\nTwelve.\n",
        "1)\nHow many staff?\nTwelve, although we allow\n"
        "all of them to work part time from any of the sites that we run across the whole of the\n"
        "county, with the exception of the main office, which is open on weekdays only.\n2)\n"
        "How many sites?\nThree.\n",
    )
    text = clean(read_text(wrapped)).text
    assert "weekdays only.\n2)\nHow many sites?" in text


def test_a_part_marked_with_a_stop_and_a_bracket_is_not_joined_to_the_wrapped_line_above() -> None:
    # A WhatDoTheyKnow request to Wiltshire Council marks its parts "a.)", "b.)": the long line above "c.)" is an
    # item of its own.
    wrapped = WRAPPED.replace(
        "1. How many staff?\nTwelve.\n",
        "1 - How many assessments were conducted by each of the following:\na.) Council employed Assessors\n"
        "b.) Independent Best Interest Assessors (not employed directly by the Council in the year)\nc.) Mental "
        "Health Assessors\n",
    )
    text = clean(read_text(wrapped)).text
    assert "Council in the year)\nc.) Mental Health Assessors" in text


def test_a_parts_mark_under_a_colon_and_dash_is_not_joined_to_the_wrapped_line_above() -> None:
    # The Department for Infrastructure's letter on WhatDoTheyKnow, a PDF's text: "as follows:-" ends its line as a
    # colon does, and the roman numeral alone below goes on the line of the part it marks.
    wrapped = WRAPPED.replace(
        "explanations where we thought these would help you to understand the data.\n1. How many staff?\nTwelve.\n",
        "explanations where we thought these would help you. I have responded as follows:-\n(i)\nEnforcement actions "
        "in the last 5 years.\nTwelve.\n",
    )
    text = clean(read_text(wrapped)).text
    assert "as follows:-\n(i) Enforcement actions in the last 5 years." in text


TYPED_REQUEST = (
    "Dear Westfield Council,\n\n"
    "I would like to make a request under the Freedom of Information Act for all payments over £500 made by the "
    "council between 1 April 2023 and 31 March 2024, in a machine-readable format such as CSV, with the date.\n"
    "1.4. If you are able (this can be left out of your return): the name of each supplier paid;\n"
    "1.5. This can be left out: any savings identified for the year?\n\n"
    "Yours faithfully,\nSam Reed\n\n"
)


def test_wrapped_reply_below_a_typed_request_is_reflowed_and_the_request_left_alone() -> None:
    # A WhatDoTheyKnow thread: the request as typed (a paragraph to a line), then the council's email wrapped at
    # 72 columns.
    raw = TYPED_REQUEST + WRAPPED + "Unfortunately, we cannot provide the information requested as we estimate\n"
    raw += "that the cost of complying with your request would exceed the appropriate\nlimit.\n"
    text = clean(read_text(raw)).text
    assert "we estimate that the cost of complying" in text
    assert "received on 3 March 2024." in text
    assert "the name of each supplier paid;\n1.5. This" in text
    assert "with the date.\n1.4. If" in text


def test_lines_opening_with_the_same_two_words_are_items_not_a_wrap() -> None:
    # A WhatDoTheyKnow request to Redbridge Borough Council, typed a line to an item, above the council's email
    # wrapped at 72 columns.
    raw = (
        "Dear Northby Borough Council,\nWe wish to know how many consultations and outreach sessions were held for "
        "the public from the 31st May 2022 till 1st October 2022.\nIn addition; we wish to know\nHow many of the "
        "sessions were held and the dates\nHow many of the sessions were face to face\nHow many were online\nHow "
        "many people responded face to face or at the drop in sessions\nHow many people responded online\nWhat "
        "preventable measures were taken against people responding multiple times either at the drop in sessions or "
        "online.\n\nYours faithfully,\n\nVanessa Cole\n\n" + WRAPPED
    )
    text = clean(read_text(raw)).text
    assert "at the drop in sessions\nHow many people responded online\n" in text
    assert "which we received on 3 March 2024." in text  # the email below is still re-flowed


# The University of Huddersfield's automatic acknowledgement, wrapped at 74 columns.
HUDDERSFIELD_EMAIL = (
    "Thank you for your email.\n"
    "If your enquiry is a request for information under the Freedom of\n"
    "Information Act 2000 or the Environmental Regulations 2004, you will\n"
    "receive the information requested within the statutory timescale of 20\n"
    "working days, as defined by the Act, subject to the information not being\n"
    "exempt. Please note that if the information you request contains reference\n"
    "to a third party then they may be consulted prior to a decision being\n"
)


def test_an_email_wrapped_at_72_below_a_request_of_every_line_length_is_reflowed() -> None:
    # The University of Huddersfield's automatic acknowledgement under a seven-item request whose lines run from 45
    # to 193 characters: no single width covers the text, but the email's lines stand close under 74 columns.
    raw = (
        "Drug-Related Incidents on University Property\n"
        "Dear University of Huddersfield,\n"
        "I am writing to request information under the Freedom of Information Act regarding drug-related inci"
        "dents reported in buildings owned by the University of Huddersfield or on university grounds.\n"
        "Please provide the following details for the past five years, broken down where possible:\n"
        "1. Number of staff involved in drug-related incidents (the accused).\n"
        "2. Number of students involved in drug-related incidents (the accused).\n"
        "3. Type of drug involved in each incident, categorised where possible. Examples of categories includ"
        "e:\n"
        "• Cannabis\n"
        "• Cocaine\n"
        "• Prescription drugs (misused or non-prescribed)\n"
        "• Stimulants\n"
        "• Opioids\n"
        "• Hallucinogens\n"
        "• Other (please specify)\n"
        "4. Number of disciplinary procedures undertaken, separated by:\n"
        "• Students\n"
        "• Staff\n"
        "5. Number of staff who were separated from the university as a result of a drug-related incident (pl"
        "ease indicate any relevant terminology if ‘separated’ is not applicable).\n"
        "6. Number of students who were separated from the university due to a drug-related incident (again, "
        "please indicate if there is more suitable terminology).\n"
        "7. Number of police referrals for drug-related incidents.\n"
        "Please provide the data in a table format, and if possible, by academic year.\n"
        "Thank you for your assistance. I look forward to your response within the statutory 20 working days."
        "\n"
        "Yours faithfully,\n"
        "Elijah Adebayo\n" + HUDDERSFIELD_EMAIL + "taken on whether or not to release the information to you.\n"
    )
    text = clean(read_text(raw)).text
    assert "you will receive the information requested within the statutory timescale of 20 working days" in text
    assert "(the accused).\n2. Number of students" in text
    assert "Other (please specify)\n4. Number of disciplinary" in text
    assert "Yours faithfully,\nElijah Adebayo\nThank you for your email.\nIf your enquiry" in text


def test_a_dashed_item_is_not_joined_to_the_wrapped_line_above() -> None:
    raw = WRAPPED.replace("1. How many staff?\nTwelve.\n", "")
    raw += "– Weightings used within the tool for each of the variables (predictors) within\n– Guidance for officers\n"
    text = clean(read_text(raw)).text
    assert "within\n- Guidance for officers" in text


def test_a_capital_letters_item_is_not_joined_to_the_wrapped_line_above() -> None:
    # A WhatDoTheyKnow request to Hull City Council, its items "A)" to "F)", above a reply wrapped at 72 columns: an
    # item as long as a wrapped line stays its line.
    raw = (
        "Please could you provide me with a breakdown in costings of what you would expect to pay for:\n\n"
        "A) 12 week PAMS assessment\nB) 12 week family accommodation (cost for mother and baby) per week\n"
        "C) Additional costing of additional child (for 12 weeks) per week\nD) Supervised contact (cost per hour)\n\n"
        + WRAPPED
    )
    text = clean(read_text(raw)).text
    assert "per week\nC) Additional costing" in text
    assert "per week\nD) Supervised" in text


def test_a_quotation_ending_its_sentence_ends_the_wrapped_paragraph() -> None:
    # The Department for Work and Pensions quoting a request, its reply's heading straight under the quote's end
    width = max(len(line) for line in WRAPPED.split("\n"))
    quote_end = "10 Estimated average cost of investigating a claim sent to the risk review team.\u201d"
    raw = WRAPPED + quote_end.rjust(width - 1) + "\nDWP Response\nWe can confirm that we hold the information.\n"
    text = clean(read_text(raw)).text
    assert 'team."\nDWP Response' in text


def test_a_wrapped_line_ending_in_e_g_goes_on_beside_unwrapped_text() -> None:
    # A WhatDoTheyKnow request to a college wrapped at 67 columns, above a reply typed a paragraph to a line
    raw = (
        "Dear Northby College,\n\nI would like to make a request for the following information under\n"
        "the Freedom of Information Act (2000).\n\n1. Do you employ the use of content filtering software on the PCs\n"
        "based in your libraries which are connected to the internet and\nintended for use by the users of your "
        "library?\n\n2. Provide the name and annual cost of the content filtering\n\n3. Provide a full list of the "
        "categories of websites blocked (e.g.\n\u201cpornography, gambling, phishing etc.\u201d). If these differ "
        "according\nto the user profile accessing the PC (e.g. child, student, adult,\nstaff etc.) please provide a "
        "full list of categories of websites\nblocked for each user profile.\n\n4. Confirm whether you also block "
        "specific URLs in addition to\ncategories, and provide a complete list of these URLs.\n\nYours faithfully,\n\n"
        "Dan Smith\n\nDear Mr Smith\n\nMy apologies for the delay in responding. The answer to your first question is "
        "'no' and so the answer to the remaining questions is 'does not apply'.\n"
    )
    text = clean(read_text(raw)).text
    assert 'blocked (e.g. "pornography, gambling' in text


def test_a_line_above_a_paragraph_typed_on_one_line_is_not_joined_to_it() -> None:
    # A university restating a request on WhatDoTheyKnow, each point's answer a paragraph of its own line; the lines
    # of the request and the emails cluster near 92 characters, as a wrap would
    request = (
        "Dear Northby University,\nCan you please provide the following information\n"
        "By year from 2016 through the 2021 undergraduate admission cycle the following:\n"
        "* Number of applicants applying each year who have ticked the time spent in care box on UCAS\n"
        "* Number of these applicants each year offered an interview (if applicable)\n"
        "* Number of these applicants each year offered a place\n"
        "* Number of these applicants enrolling each year at your institution\nYours faithfully,\nC. Swanson\n"
    )
    answer = "The university declines to provide this information under section 43(2) of the Act. " * 8
    raw = (
        request + "Dear C Swanson,\nThank you for your Freedom of Information request below, which we have assigned "
        "the internal reference number 22-092.\nWe will provide you with the university's response to your request by "
        "9 June.\nKind regards,\nR Pymm\nDear C Swanson,\nFurther to your Freedom of Information request below, the "
        "College's response is as follows:\nCan you please provide the following information\n"
        "By year from 2016 through the 2021 undergraduate admission cycle the following:\n"
        "* Number of applicants applying each year who have ticked the time spent in care box on UCAS\n"
        + answer.strip()
        + "\n* Number of these applicants each year offered an interview (if applicable)\n"
    )
    text = clean(read_text(raw)).text
    assert "care box on UCAS\nThe university declines" in text


def test_a_greeting_as_long_as_a_wrapped_line_keeps_its_own_line() -> None:
    # A WhatDoTheyKnow request to the West Midlands Ambulance Service University NHS Foundation Trust, its greeting
    # near the wrap width of the reply below it.
    width = max(len(line) for line in WRAPPED.split("\n"))
    greeting = "Dear " + "Northby and Westshire Ambulance Service University NHS Foundation Trust"[: width - 8] + ","
    raw = greeting + "\nIn recent months I have observed many ambulances not using their sirens.\n\n" + WRAPPED
    text = clean(read_text(raw)).text
    assert text.startswith(greeting + "\nIn recent months")


def _quoted(text: str, marks: str = "> ") -> str:
    return "".join(marks.rstrip() + "\n" if not line else marks + line + "\n" for line in text.split("\n")[:-1])


def test_lines_an_email_quotes_lose_their_marks_and_are_reflowed_at_their_depth() -> None:
    # An authority's plain-text email answers above the request it quotes, each quoted line under "> " and wrapped
    # ("> 2. Which case management system do you use for children's social / > care, and who supplies it?").
    request = (
        "Dear Northby Metropolitan Borough Council, under the Freedom of Information\n"
        "Act 2000 please provide the following information about your services:\n"
        "\n"
        "1. How much did you spend on agency social workers in each of 2022/23 and\n"
        "2023/24, broken down by the team the social workers were placed in?\n"
        "2. Which case management system do you use for children's social care and\n"
        "who supplies it?\n"
    )
    raw = WRAPPED + "\n" + _quoted(request) + ">\n" + _quoted("Yours faithfully, Jane Carter\n", "> > ")
    cleaned = clean(read_text(raw))
    text = cleaned.text
    assert "\n1. How much did you spend on agency social workers in each of 2022/23 and 2023/24, broken down" in text
    assert "\n2. Which case management system do you use for children's social care and who supplies it?\n" in text
    assert "\nDear Northby Metropolitan Borough Council, under the Freedom of Information Act 2000 please" in text
    # a line quoted one level deeper is another message: not joined to the line above
    assert text.endswith("who supplies it?\n\nYours faithfully, Jane Carter")
    assert ">" not in text
    start = text.index("who supplies it?")
    assert cleaned.raw[cleaned.to_raw(start) : cleaned.to_raw(start) + 16] == "who supplies it?"
    # every quoted line is listed at its depth, a line joined to the one above inside it
    quoted_starts = {offset: depth for offset, depth in cleaned.quoted_lines}
    assert quoted_starts[text.index("Dear Northby")] == 1
    assert quoted_starts[text.index("Yours faithfully")] == 2
    assert len(cleaned.quoted_lines) == request.count("\n") + 2


QUOTED_OR_NOT = [
    ("> 1. How much did you spend on agency social workers?\nWe spent £41,200.\n", True),
    ("> Dear Council,\n>\n> Please send me the minutes.\n", True),
    (">> Yours faithfully,\n>> Jane Carter\n", True),
    # a comparison in a table, a lone short line: no quotation
    ("Days taken | Cases\n> 10 days | 4\n> 20 days | 3\n", False),
    ("Cases open\n> Total\n", False),
]


@pytest.mark.parametrize(("raw", "quoted"), QUOTED_OR_NOT)
def test_a_line_marked_as_quoted_is_a_quotation_only_when_it_reads_as_one(raw: str, quoted: bool) -> None:
    cleaned = clean(read_text(raw))
    assert bool(cleaned.quoted_lines) is quoted
    assert (">" in cleaned.text) is not quoted


def test_a_quoted_greeting_as_long_as_a_wrapped_line_keeps_its_own_line() -> None:
    width = max(len(line) for line in WRAPPED.split("\n"))
    greeting = "> Dear " + "Northby and Westshire Ambulance Service University NHS Foundation Trust"[: width - 10] + ","
    raw = WRAPPED + "\n" + greeting + "\n> In recent months I have observed many ambulances not using sirens.\n"
    assert greeting[2:] + "\nIn recent months" in clean(read_text(raw)).text


def test_a_banner_line_longer_than_the_wrap_does_not_hide_it() -> None:
    banner = "This is an HTML version of an attachment to the Freedom of Information request 'Analysis approval " + (
        "process and its reviews'.\n\n"
    )
    text = clean(read_text(banner + WRAPPED + "\n" + WRAPPED)).text
    assert text.count("received on 3 March 2024.") == 2


def test_a_date_line_under_a_sentence_keeps_its_own_line() -> None:
    # WhatDoTheyKnow's banner above the National Policing Improvement Agency's letter, its date line straight under
    width = max(len(line) for line in WRAPPED.split("\n"))
    banner = "This is an HTML version of an attachment to the Freedom of Information request 'OGC Reviews'."
    raw = banner[: width - 2].rstrip(" '.") + "'.\nThursday, 30 July 2009\n\n" + WRAPPED + "\n" + WRAPPED
    text = clean(read_text(raw)).text
    assert "'.\nThursday, 30 July 2009\n" in text


def test_a_line_going_on_in_lower_case_is_wrapped_though_its_first_word_would_have_fitted() -> None:
    # Mendip District Council's letter, a PDF on WhatDoTheyKnow: a PDF wraps by the width of its glyphs
    question = "How many staff use body cameras and what teams do\nthey work in?\n"
    text = clean(read_text(WRAPPED + "\n\n" + question + WRAPPED)).text
    assert "what teams do they work in?\n" in text


PAD = " This freedom of information request concerns the use of agency social work teams. " * 3


# A list run together inside a flattened line: the title, the line after it, and what must start a line once cleaned.
FLATTENED_LISTS = [
    pytest.param(
        # the London Borough of Barnet's published request, its numbers glued to the sentence before
        "Dear Council,",
        "Could you provide me with:1) The number of agency teams employed by the local authority.2) The spend by the "
        "local authority on project teams.If you need any additional information, please get in touch.",
        ["with:\n1) The number", "authority.\n2) The spend"],
        id="numbers-glued-to-the-sentence-before",
    ),
    pytest.param(
        # Downing College's disclosure log run together into one line, its answers' heading after the last item
        "Gap year applicants",
        "Please could you provide the following information in a table format: 1. Total number of gap year "
        "applicants, number offered interviews and number receiving offers 2. Total number of domestic gap year "
        "applicants 3. The breakdown of subjects offered by each applicant. Response Thank you for your enquiry to "
        "Northby College. We do not hold information prior to 2013.",
        [
            "table format:\n1. Total number",
            "receiving offers\n2. Total number",
            "applicants\n3. The breakdown",
            "each applicant.\nResponse Thank you",
        ],
        id="numbers-with-no-stop-before-them-after-a-colon",
    ),
    pytest.param(
        # Oxford Direct Services' FOI release: a request of two items run together, each number after a full stop
        "Fleet and fuel type",
        "I respectfully request the following information as of August 2025. 1. Total number of road-legal vehicles "
        "owned by the council. This should include all vehicle types. 2. A Breakdown of the different fuel types "
        "Electric: Vehicles powered solely by an electric battery. Other?",
        ["August 2025.\n1. Total number", "vehicle types.\n2. A Breakdown"],
        id="two-numbers-each-after-a-sentence-end",
    ),
    pytest.param(
        # the Department for Business, Innovation and Skills' review letter run together on a document site
        "Internal review",
        "Your original request was made on 24 May 2011 and asked for disclosure of, 1) Copies of all funding "
        "applications that were successful. 2) A copy of any assessment and scoring criteria used by the panel. 3) Any "
        "correspondence from BIS in relation to this application. The Department responded.",
        ["disclosure of,\n1) Copies", "successful.\n2) A copy", "panel.\n3) Any correspondence"],
        id="three-numbers-in-brackets-each-after-a-sentence-end",
    ),
    pytest.param(
        # Somerset NHS Foundation Trust's letter on a PDF host: the second item's first word in lower case, the third's
        # glued to its bracket
        "Admissions",
        "The information requested and its response is as follows: 1) Can you please provide me with the admission "
        "numbers? Number of admissions 88922 90411. Note: we have provided you with the data. 2) of those who died of "
        "any causes this year, how many had received any vaccine? Vaccine recorded 19 45. Note: we have provided you "
        "with the data. 3)Of those admitted to hospital in 2021, how many received any vaccine? Vaccine recorded 538.",
        ["as follows:\n1) Can you", "the data.\n2) of those", "the data.\n3)Of those"],
        id="three-numbers-in-brackets-one-item-in-lower-case-one-glued",
    ),
    # two numbers in brackets are no list
    pytest.param(
        "Two items", "It asked for 1) Copies of the bids. 2) A copy of the criteria.", [], id="two-in-brackets"
    ),
]


@pytest.mark.parametrize(("title", "line", "line_starts"), FLATTENED_LISTS)
def test_a_list_run_together_in_a_flattened_line_gets_a_line_per_item(
    title: str, line: str, line_starts: list[str]
) -> None:
    text = clean(read_text(title + PAD + line)).text
    for start in line_starts:
        assert start in text
    assert text.count("\n") == len(line_starts)


def test_a_greeting_run_on_into_the_requests_words_gets_a_line_of_its_own() -> None:
    # a WhatDoTheyKnow request: the comma inside the body's name is followed by a capital, the greeting's by "can"
    raw = (
        "Dear Department of Agriculture, Environment and Rural Affairs (Northern Ireland), can you please provide me "
        "with\n1/ copies of minutes\n"
    )
    text = clean(read_text(raw)).text
    assert "Dear Department of Agriculture, Environment and Rural Affairs (Northern Ireland),\ncan you" in text
    assert "\n" not in clean(read_text("Dear Mr Smith, Thank you for your email of 3 May.\n")).text.strip()


def test_a_hi_greeting_run_on_into_the_replys_words_gets_a_line_of_its_own() -> None:
    # Mill Hill County High School's reply on WhatDoTheyKnow, its greeting and first sentence on one line
    raw = "Hi Yohannes, please see our answers below.\n1) YES\n2) NONE\n"
    assert "Hi Yohannes,\nplease see our answers below." in clean(read_text(raw)).text
    assert "\n" not in clean(read_text("Hello, I am writing to request the minutes.\n")).text.strip()


def test_two_numbers_after_words_in_a_flattened_page_are_no_items() -> None:
    raw = "Appendices" + PAD + "The plans are in Appendix 1. The costs are in Appendix 2. The council agreed both."
    assert "\n1." not in clean(read_text(raw)).text  # no sentence ends before either number


def test_a_figure_in_a_flattened_sentence_is_no_item() -> None:
    raw = "Figures" + PAD + "The staff moved were 1. Manager and 2. Officers and 3. Clerks, all in 2019."
    assert "\n2." not in clean(read_text(raw)).text  # three numbers in a row, but no colon opens them as a list


def test_lettered_items_run_on_in_a_flattened_letter_get_a_line_each() -> None:
    # Rutland County Council's letter from a PDF: one numbered request, its lettered parts, then the response
    raw = (
        "Dear Sir/Madam" + PAD + "Please would you provide me with: 1. A record of all books taken out across your "
        "library network. Please include: a) The ISBN of the book b) The title c) The number of times it was loaned "
        "out d) Whether the book is fiction or non-fiction Response: In order to determine this, an officer would "
        "have to inspect records."
    )
    text = clean(read_text(raw)).text
    assert "with:\n1. A record" in text
    assert "include:\na) The ISBN of the book\nb) The title\nc) The number" in text
    assert "non-fiction\nResponse: In order" in text


def test_bracketed_letters_each_with_its_answer_in_a_flattened_log_get_a_line_each() -> None:
    # Allerdale Borough Council's monthly disclosure log: each lettered question's answer after it under its label
    raw = (
        "(a) Please provide the names of any local community or business groups that have applied to your local "
        "authority to become a neighbourhood forum. Response: None (b) Please provide the names of any groups that "
        "have been designated neighbourhood forums by your local authority. Response: None (c) Please state which "
        "neighbourhood areas they will cover. Response: N/A\n\n(f) Please provide the names of any neighbourhood "
        "plans that have been submitted for examination. Response: None\n"
    )
    text = clean(read_text(raw)).text
    assert "forum.\nResponse: None\n(b) Please" in text
    assert "local authority.\nResponse: None\n(c) Please state" in text
    assert "cover.\nResponse: N/A\n" in text
    assert text.endswith("examination.\nResponse: None")


def test_bracketed_numbers_after_a_colon_in_a_flattened_letter_get_a_line_each() -> None:
    # The Royal Veterinary College's letter on docslib, a PDF's lines run together
    raw = (
        "Yours sincerely, Simon Jackson Freedom of Information Officer Your Request The information I request is as "
        "follows: (1) Statistics on the number and species of animals used in research by the Public Authority in "
        "2014. (2) A breakdown of the areas of research in which animals were used in 2014, e.g. human medicine. (3) "
        "Statistics on the number of dogs used in animal research for each year available since 2005.\n"
    )
    text = clean(read_text(raw)).text
    assert "as follows:\n(1) Statistics on the number and species" in text
    assert "in 2014.\n(2) A breakdown" in text
    assert "human medicine.\n(3) Statistics" in text


def test_bracketed_numbers_inside_a_sentence_are_no_list() -> None:
    raw = PAD + "Costs rose in (1) 2019 and (2) 2020 and (3) Later years too, as the report (4) Shows." + PAD
    assert clean(read_text(raw)).text.count("\n") == 0


def test_a_flattened_lettered_run_going_on_past_h_does_not_crash() -> None:
    # Found by perturbing the probe documents (their line breaks made spaces): eight lettered items "a)" to "h)", then
    # another "a)", raised IndexError in clean
    items = " ".join(f"{letter}) Item {letter} of the list" for letter in "abcdefgh")
    text = clean(read_text("Dear Sir" + PAD + "Please include: " + items + " a) Another item" + PAD)).text
    assert "include:\na) Item a" in text and "\nh) Item h of the list a) Another item" in text


def test_a_list_inside_a_sentence_of_ordinary_length_is_left_alone() -> None:
    raw = "Please include: a) The ISBN b) The title c) The author"
    assert clean(read_text(raw)).text == raw


def test_unwrapped_prose_is_left_alone() -> None:
    raw = "Short line.\nAnother short line.\n" * 5
    assert detect_hard_wrap(raw) is None
    assert clean(read_text(raw)).text == raw.strip()


# (text, the lower-cased copy with wrapped lines joined): a break is joined after a line of 40 or more characters
# that ends no sentence, before a line that starts in lower case.
JOINED = [
    (
        # Sedgemoor District Council's acknowledgement on WhatDoTheyKnow, too short for clean to see its wrap
        "Thank you for your request for information about Apex Leisure Park. Your\nrequest was received on 29 "
        "March 2015 and I am dealing with it under\nthe terms of the Freedom of Information Act 2000.\nIn some "
        "circumstances a fee may be payable.",
        "thank you for your request for information about apex leisure park. your request was received on 29 "
        "march 2015 and i am dealing with it under the terms of the freedom of information act 2000.\nin some "
        "circumstances a fee may be payable.",
    ),
    ("A short line\nthat runs on", "a short line\nthat runs on"),
    ("A line of forty characters or more that ends.\nthen more", "a line of forty characters or more that ends.\nthen more"),
    ("A line of forty characters or more, and then\nA Capital", "a line of forty characters or more, and then\na capital"),
    ("A line of forty characters or more, and then   \n  indented", "a line of forty characters or more, and then    "
     "  indented"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "joined"), JOINED)
def test_wrapped_lines_are_joined_in_the_copy_the_cues_read(text: str, joined: str) -> None:
    assert join_wrapped_lines(text, text.lower()) == joined
    assert len(joined) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_offsets_map_back_to_the_raw_text(raw: str) -> None:
    cleaned = clean(read_text(raw))
    for offset, char in enumerate(cleaned.text):
        if char.isalnum():
            at = cleaned.to_raw(offset)
            # (the one letter clean puts right, OCR's lower-case L in "FOl": hypothesis found raw="FOl")
            ocr_foi = char == "I" and raw[max(0, at - 2) : at + 1] == "FOl"
            assert raw[at] == char or ocr_foi


@pytest.mark.parametrize(
    ("raw", "start_word", "end_word", "printed"),
    [
        (
            "the Council\u2019s \u201cplan\u201d \u2013 2019\u201320",
            "the",
            "20",
            "the Council\u2019s \u201cplan\u201d \u2013 2019\u201320",
        ),
        ("Dear\u00a0Sir\u2026 it\u2019s here", "it", "here", "it\u2019s here"),
        ("plain 'ASCII' - text", "plain", "text", "plain 'ASCII' - text"),
    ],
)
def test_printed_gives_back_the_quotes_and_dashes_only(raw: str, start_word: str, end_word: str, printed: str) -> None:
    cleaned = clean(read_text(raw))
    start = cleaned.text.index(start_word)
    end = cleaned.text.rindex(end_word) + len(end_word)
    assert cleaned.printed(start, end) == printed
    assert len(cleaned.printed(start, end)) == end - start  # one for one: offsets unchanged


def test_an_item_above_the_next_lists_introduction_stays_its_line_beside_unwrapped_text() -> None:
    # Medway NHS Foundation Trust's log: a dashed item as long as the page's wrap-long lines, then the introduction of
    # the next list on its own line, its colon closing it; not one wrapped line.
    raw = (
        "Freedom of Information Request ID\n10376\nDate of response\nFebruary 2026\nIn the period 1st November"
        " 2025 to 31st January 2026 please provide a breakdown of:\n- Total trust spend with framework agencies"
        " for locum doctors\nPlease provide a further breakdown for locum doctors by:\n- Spend per grade\n- Spend"
        " per specialty\n- Spend per agency name\nUnder Section 21 of the Freedom of Information Act, this request"
        " has been exempt on the grounds that the information is already publicly available on the Trust\u2019s"
        " website. Please see \u2018Bank and agency spend/data\u2019 under the \u2018What we spend and how we"
        " spend it\u2019 section of the Publication Scheme here: Access to information\nIn the period 1st November"
        " 2025 to 31st January 2026 please provide a breakdown of:\n- Total trust spend with off-framework agencie"
        "s for locums doctors\nPlease provide a further breakdown for locum doctors by:\n- Spend per grade\n-"
        " Spend per specialty\nIn the period 1st November 2025 to 31st January 2026 please provide a breakdown"
        " of:\n- Total trust spend with the internal trust bank or associated external provider for locum doctors\n"
        "Please provide a further breakdown for locum doctors by:\n- Spend per grade\n- Spend per specialty\n-"
        " Spend per internal or associated external provider\nPlease confirm your allocated budget for agency"
        " locum doctors for the period 1st November 2025 to 31st January 2026.\nPlease confirm the name of the"
        " framework used for the supply of locum doctors in your trust.\nFOI Requests\nThe Freedom of Information"
        " Act 2000 provides people with a right of access to a wide range of information held by public authoritie"
        "s, including the NHS.\nFOI Disclosure Log\nA collection of the most common FOI requests we have received"
        " and responded to.\n"
    )
    text = clean(read_text(raw)).text
    assert "associated external provider for locum doctors\nPlease provide a further breakdown" in text


def test_short_lines_in_capitals_under_a_wrap_long_line_stay_a_list_beside_unwrapped_text() -> None:
    # A WhatDoTheyKnow request to Shepway District Council: the request typed a paragraph to a line, its list a line
    # to an item, the first item about as long as the council's wrapped email lines below; and the Service
    # Prosecuting Authority's quote of a request, whose wrap's short last line ends its sentence.
    raw = (
        "Dear Northby District Council,\n"
        "This request is raised under the Environmental Information Regulations concerning the Princes Parade, land "
        "owned by the council. The EIR are applicable to this site since it is known to be subject to emissions.\n"
        "Please provide by email copies of the following information on the Working Group, namely:\n"
        "All Papers and Reports provided to or created by the Working Group\n"
        "Agendas\n"
        "Minutes of meetings\n"
        "Any Amendments to the Terms of Reference.\n"
        + HUDDERSFIELD_EMAIL
        + "taken on whether or not to release the information to you. I request\n"
        "all communications during the whole period of the court martial of Flt\n"
        "Lt Andrew Townshend.\n"
        "For clarity:\n"
    )
    text = clean(read_text(raw)).text
    assert "created by the Working Group\nAgendas\nMinutes of meetings\n" in text
    assert "you will receive the information requested within the statutory timescale of 20 working days" in text
    assert "court martial of Flt Lt Andrew Townshend.\nFor clarity:" in text
