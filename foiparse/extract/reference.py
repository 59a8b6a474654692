"""The authority's own case reference ("Our ref: FOI/2022/1234" -> "FOI/2022/1234").

Labels and the shapes of unlabelled identifiers are data (``patterns/header.yaml``). The requester's
"Your ref" is read too, only so that its value is never reported as the authority's.
"""

from __future__ import annotations

import itertools
import re

from ..models import Span
from ..segment import WDTK_STATUS_RE, Layout, Line
from .context import Context
from .dates import (
    DATE_RE,
    OUR_REF_LABEL,
    first_dated_log_row,
    first_lines_with_words,
    first_slash_table_row,
    log_entry_title,
)

# An identifier: optionally a short upper-case prefix word or two ("ATISN 16090", "EIR 22-0417", "SS/FOI 3122",
# "FOI IR 17877"), then one run of letters, digits and / . _ - with at least one digit. Table cells in flattened
# text glue the next cell on ("1-293357563Your Ref:"), so a capitalised word stuck to the end is cut off below.
# The Care Quality Commission spaces its references into groups of four digits ("CQC IAT 2425 0198"); tried before
# the usual identifier, and only in that shape (a year after a reference on its line is not part of it). A case
# system may number with a hash ("quoting the reference number - IMPS#02707", University of Reading).
_VALUE_RE = re.compile(
    # "CQC IAT 2425 0198", and a year's two digits before the case number ("Our Ref: FOI 19 1413", University of
    # Bedfordshire; "Our Ref: FOI 18 19259", South Tyneside Council), or a short case number ending its line early in
    # the year ("Our Ref: FOI 19 31", Dorset & Wiltshire Fire and Rescue Service); a financial year and the case
    # number, either way round ("FOI reference: 22/23 153", the Scottish Qualifications Authority; "BFRS Ref: 27
    # 19/20", Buckinghamshire Fire and Rescue Service), or before a prefixed case number ("Our ref: 16 FOI290", Central
    # and North West London NHS Foundation Trust; later spaced "Our ref: 16 FOI 008")
    # The regime's letters, a space, then the case with its hyphen glued on, kept whole as printed: "Our Ref: FOI
    # -18/1890941" (West Dunbartonshire Council's letter)
    # (or with the space after the hyphen: "Our ref HWHCT- 228", Herefordshire and Worcestershire Health and Care NHS
    # Trust's published response)
    r"(?P<value>[A-Z]{2,6}[ ]-\d[A-Za-z0-9/._-]*\d(?![A-Za-z0-9/._-])|[A-Z]{2,6}-[ ]\d{1,6}(?=[ \t]*(?:\n|$))"
    # (or spaced both sides, the letter's date after it on the line: "Our Ref: FOI - 84472 27th August 2013", HM Courts
    # & Tribunals Service's letter)
    r"|[A-Z]{2,6}[ ]-[ ]\d{3,8}(?![A-Za-z0-9/._-]|[ ]-)"
    # (the year's two digits and the case number either side of a colon: "Our Ref: 14:132", "FOI Case No. 14:132",
    # the Northern Ireland Prison Service's letter; three digits at least after it, or it is a time of day)
    r"|\d{2}:\d{3,5}(?![\w:/.-])"
    r"|(?:[A-Z]{2,6}[ ]){0,2}"
    r"(?:\d{4}(?:[ ]\d{4})+|\d{2}[ ]\d{4,6}|\d{2}[ ](?:[A-Z]{2,6}|(?:FOI|EIR)[ ])\d{2,6}"
    r"|\d{2}[ ]\d{2,3}(?=[ \t]*(?:\n|$))"
    # (the officer's initials, then a file's and a case's numbers, ending the line: "Our Ref:SJS 928 7507", West
    # Dunbartonshire Council's letter)
    r"|\d{3}[ ]\d{4}(?=[ \t]*(?:\n|$))"
    # (the year's two halves joined by a hyphen too: "Ref: FOI 21-22 43", the Gangmasters and Labour Abuse Authority)
    # (the year in full: "Freedom of Information Request: 0160 2019/20", University Hospitals Birmingham's log)
    # (or after the case with a hyphen: "Our Reference: FOI 154 22-23", Hampshire and Isle of Wight Fire and Rescue
    # Service)
    r"|\d{2}[/-]\d{2}[ ]\d{1,5}|\d{1,5}[ ](?:20)?\d{2}[/-]\d{2}"
    # (the year in full, then the case number ending its line: "Our ref: FOI 2024 166", Chelsea and Westminster
    # Hospital NHS Foundation Trust)
    r"|(?:19|20)\d{2}[ ]\d{1,5}(?=[ \t]*(?:\n|$))"
    # (the case, then the month's and year's two digits, ending the line: "Ref: FOI 224 08 23", Hereford and
    # Worcester Fire and Rescue Service's published reply of August 2023)
    r"|\d{3,5}[ ](?:0[1-9]|1[0-2])[ ]\d{2}(?=[ \t]*(?:\n|$))"
    # (a year and the case number either side of a spaced hyphen: "Our Ref: FOI TEO 2020 - 0012", the Executive Office
    # in Northern Ireland; not a range of years)
    r"|(?!(?:19|20)\d\d[ ]-[ ](?:19|20)?\d\d\b)\d{4}[ ]-[ ]\d{2,6}"
    # (the division's case after a spaced slash: "Reference: 2022 \u2013 283 / WE5663", the West Mercia Police and Crime
    # Commissioner's disclosure log)
    r"(?:[ ]/[ ][A-Z]{1,4}\d{3,8})?"
    # (or the case number and the year's two digits, ending the line: "Enquiry Reference: 275 - 24", Cleveland Police's
    # disclosure log)
    r"|(?!(?:19|20)\d\d[ ]-)\d{1,5}[ ]-[ ]\d{2}(?=[ \t]*(?:\n|$))"
    # (or the regime's letters glued to the year's two digits, the case number ending the line: "Ref: FOI20 - 357",
    # the University of Exeter)
    r"|[A-Z]{2,6}\d{2}[ ]-[ ]\d{2,6}(?=[ \t]*(?:\n|$))"
    # the case number, "FOI", the body's initials and the financial year's four digits ("Ref. 182 FOI LCH 1819", Leeds
    # Community Healthcare NHS Trust)
    r"|\d{1,5}[ ]FOI(?:[ ][A-Z]{2,6})?[ ]\d{4})\b(?![/.-]\d)"
    # "FoI 1067" (the Senedd) as "FOI 1067"; "Our ref: Gov/CAF 17-146" (Cafcass, its governance team's prefix)
    # (the officer's and typist's initials before "FOI", a space after a slash or none: "Our Ref: JP/lab/FOI 20-434",
    # Aneurin Bevan University Health Board; "Our Ref: RG/ FOI 30-10", the Northern Ireland Fire and Rescue Service)
    r"|(?:(?:(?:[A-Z]{2,6}|F[Oo][Ii])(?:/[A-Z]{2,6})?|[A-Z][a-z]{1,5}/[A-Z]{2,6}"
    # (or the team's letters and a slash, a space before the number: "Our ref: MOC/ 332729", NHS Blood and Transplant)
    r"|[A-Z]{2,4}/[ ]?(?:[a-z]{2,4}/)?(?:FOI|F[Oo][Ii]|EIR)|[A-Z]{2,6}/(?=[ ]\d))[ ](?:[A-Z]{2,4}[ ](?=\d))?"
    # (or before a prefixed case with its hyphen: "assigned reference number MKC FOI-00056-20210303", MidKent College)
    r"(?=[A-Z]{0,4}-?\d))?"
    # (backslashes too: "REFERENCE: FOI\17\68", the Department of Justice in Northern Ireland; and a colon between the
    # system's letters and the number: "Information Request DMBCIR:20490", Dudley Council's acknowledgement)
    # (and a file's code in brackets between its parts: "Ref: RMU/FoI(E20.06)/01151/FoIreply16May17", the University
    # of Northampton)
    r"(?:[A-Z]{2,8}:(?=\d{3}))?(?=(?:[A-Za-z0-9/._#\\-]|\([A-Za-z0-9.]+\)/)*\d)[A-Za-z0-9]"
    r"(?:[A-Za-z0-9/._#\\-]|\([A-Za-z0-9.]+\)(?=/))*"
    # (the case's appeal marked after it in capitals: "Our Ref: FOI/168488 APPEAL /", Liverpool City Council's
    # internal review)
    r"(?:[ ](?:APPEAL|REVIEW)(?![\w-]))?"
    r"(?:[ \t]*&[ \t]*(?:[A-Z]{2,6}[ ])?[A-Za-z0-9][A-Za-z0-9/._-]*\d[A-Za-z0-9/._-]*)?)"
)
# Between a label and its value: punctuation, a line break, and words that finish the label ("Freedom of Information
# Request ID / 9104", Medway NHS Foundation Trust's log, where "Freedom of Information Request" is the label); "No"
# kerned apart in a PDF's text too ("Freedom of Information Request Reference N o: FOI 005439-17", Suffolk
# Constabulary's letter). A quotation mark before the value: "quoting ref 'FOI 417'" (E-ACT's acknowledgement). A square
# bracket: "Request: [FOI/75]" (the Police Service of Northern Ireland's disclosure log).
_GAP_RE = re.compile(
    r"(?:[ \t]*(?:[:#|/.(\[-]|\bno\.?|\bn o\b|\bnumber\b|\bis\b|\bID\b)?[ \t]*(?:\n[ \t|:]*)?){1,3}['\"]?", re.I
)
# The letterhead's next label straight after a reference label, its value further on (see _read_value); or the
# requester's label left blank and then the date's: "Our ref: Your ref: Date: / CSC/4827 / 09 July 2012" (the
# Environment Agency's letter, its letterhead's labels on one line and their values below).
_NEXT_LABEL_RE = re.compile(r"(?:your[ \t]+ref(?:erence)?[ \t]*:[ \t]*)?date[ \t]*:[ \t]*(?:\n[ \t]*){0,2}", re.I)
# A date label straight before the reference's label, the letterhead's values after both (see _read_value).
_DATE_LABEL_BEFORE_RE = re.compile(rf"\bdate[ \t]+{OUR_REF_LABEL}$")
_OUR_REFERENCE_BEFORE_RE = re.compile(rf"\b{OUR_REF_LABEL}[ \t]*$")
_OUR_REFERENCE_REACH = 20  # characters before the value
# The other column headings of a table's first row after the reference's, read across: capitalised words with no
# digit before the first value (see _read_value).
_COLUMN_HEADINGS_RE = re.compile(r"(?:[A-Z][a-z]+|and|&)(?:[ \t]+(?:[A-Z][a-z]+|and|&)){0,5}[ \t]+(?=\d)")
# (not another reference's label among them: "Our Ref: Your Ref 1234" leaves the value to the requester's label)
_ANOTHER_LABEL_WORD_RE = re.compile(r"\b(?:Our|Your|Ref|Reference|Quote)\b")
# "is" in that gap, and the label's last words when they name the request itself (see _read_value).
_IS_RE = re.compile(r"\bis\b", re.I)
_NAMING_A_REQUEST = ("request", "requests", "enquiry", "application")
# A case number standing alone on its line: "FI16190", "RSN18708"; or with the initials of its team and officer before
# it: "Dear Mr Smith / LFS/AH/RSN17615 / Thank you for your email, which has been received by Merseytravel."
# Or a letter, the year's two digits, a slash and the number: "F16/198" heading East Hertfordshire District Council's
# disclosure log page.
# ("FoI" in mixed case too: "Suzanne Kenchington, West Berkshire Council / FoI/2010/337 / Dear Mrs Giggins," on
# WhatDoTheyKnow)
_ALONE = r"(?:(?:[A-Z]{2,6}/){0,3}(?:[A-Z]{1,6}|FoI)[-/]?\d{3,}|[A-Z]{1,3}\d{2}/\d{3,})[A-Za-z0-9/-]*"
# A case in brackets, perhaps with its label glued on ("(RefKFEN-8FLASA)"): group "titled". Not a period with a word
# in lower case: "Audit information - Mid and West Wales FRS/FRA (2008-present)" (a WhatDoTheyKnow request's title).
# Nor a quarter of a year: "Complete Non-Residential / Business Property Rates Data (Q1-2019)" (a WhatDoTheyKnow
# request's title to West Lindsey District Council).
# Nor the disease a page's banner names: "Coronavirus (COVID-19) / How we are working to keep our FOI Requests running
# during COVID-19" above "Safer Neighbourhood (10739_17)" (West Midlands Police's disclosure log).
_BRACKETED_CASE = (
    # (a space inside the bracket too: "Body Worn Video ( 502A/22)", West Midlands Police's log)
    r"\([ \t]?(?:Ref(?:erence)?(?:[:.]? ?))?(?![^)\n]*[a-z]{3})"
    r"(?!Q[1-4][-/ ]?(?:19|20)\d\d\)|(?:19|20)\d\d[-/ ]?Q[1-4]\))"
    r"(?!COVID-?19\))"
    # Nor a span of years: "Planning Appeal Costs and Awards of Costs (2010–2025)" (East Cambridgeshire District
    # Council's disclosure directory)
    r"(?!(?:19|20)\d\d[-/\u2013](?:19|20)?\d\d\))"
    # Nor a room's number, a decimal: "2nd Floor (2.25)" in the address of HM Courts & Tribunals Service's letterhead
    r"(?!\d{1,3}\.\d{1,3}\))"
    r"(?P<titled>[A-Z0-9][A-Za-z0-9/._-]*\d[A-Za-z0-9/._-]*)\)"
)
# Disclosure logs head a page with the case: "FI16190" alone, or a title ending "(3300/18)".
# Or "Request 101001269764" alone on the page's first line (Moray Council's disclosure log), or the case before a dash
# and the title: "F-2011-00045 – HFEA consultations - 09/02/2011" (the Human Fertilisation and Embryology Authority's
# log), four digits or a year between dashes, not a road ("A303 - Stonehenge").
_TITLE_REFERENCE_RE = re.compile(
    rf"^(?:(?P<alone>{_ALONE})"
    # (or with the appeal it heads after it: "AIR2809-879776 Appeal" over a council's response to the requester's
    # appeal, attached on WhatDoTheyKnow)
    rf"|(?P<appealed>{_ALONE})[ \t]+(?:Appeal|APPEAL|Review|REVIEW|Internal [Rr]eview|INTERNAL REVIEW)[ \t]*"
    # (or "Response A1345088" heading Rushcliffe Borough Council's published response, its case's letter before it)
    # (five digits will do: "FOI request details / Request 18895 / 31 March 2016", the London Borough of Richmond upon
    # Thames's page of a request's details)
    r"|(?:Request|Response|Case|Enquiry) (?P<alone_labelled>[A-Z]?\d{5,})"
    # ("FOI686 - FOI request concerning occupancy levels", Southern Health NHS Foundation Trust's log: "FOI" and three
    # digits will do)
    # (or the body's letters, the year and the number spaced apart: "NFRS 2022 72 - fires on Grafton Street, Worksop",
    # Nottinghamshire Fire and Rescue Service's published responses)
    r"|(?P<case_titled>[A-Z]{1,6}[-/]?\d{4,}[A-Za-z0-9/-]*|[A-Z]{1,6}[-/]\d{2,}[-/][A-Za-z0-9/-]*\d|FOI\d{3}"
    r"|(?!FOI )[A-Z]{2,6} (?:19|20)\d\d \d{1,5}"
    # (or the entry's number, the month and the year spaced apart: "364 11 25 – Officer Vehicle Costs (November 2025)",
    # Hereford and Worcester Fire and Rescue Service's published responses)
    r"|\d{1,4} (?:0[1-9]|1[0-2]) \d\d)"
    r"[ \t]+[-\u2013\u2014][ \t]+[^\n]{3,120}"
    # the case and a colon before the title: "FOI release / BSCC/FOI/03/21/OC: Information on Automatic Number Plate
    # Recognition" (the Biometrics and Surveillance Camera Commissioner's release on GOV.UK)
    r"|(?P<coloned>(?=[A-Z0-9/]*\d)[A-Z]{2,6}(?:/[A-Z0-9]{1,6}){2,}"
    # (or the body's initials in mixed case, the year and the number: "DfI/2018-0186: EIR Request for information on
    # complaints from cyclists about potholes", the Department for Infrastructure's published requests)
    r"|[A-Z][A-Za-z]{1,5}/(?:19|20)\d\d-\d{3,5}):[ \t]+[A-Z][^\n]{3,120}"
    # the title, a dash, then the case: "Disclosure Details / ANPR - 580/13 / Dated: 19 Aug 2013" (Northumbria
    # Police's log); three digits at least, so not a year's span ("Budget - 12/13"); the dash glued to the title at
    # times ("Police cells- 699/14", the same log)
    r"|[A-Za-z][^\n]{1,80}?(?:[ \t]+|(?<=[a-z]))[-\u2013][ \t]+(?P<case_after>\d{3,5}/\d{2})[ \t]*"
    # the regime's name, a dash, then the case: "Freedom of Information - HACW-2766" heading Herefordshire and
    # Worcestershire Health and Care NHS Trust's published responses
    r"|(?i:freedom of information|foi|eir|environmental information)(?i: act(?: \d{4})?)?(?i: request)?"
    rf"[ \t]+[-\u2013\u2014][ \t]+(?P<regime_titled>{_ALONE})[ \t]*"
    # or its numbered response, before the title: "FOISA Response No. 836 - discretion to investigate police matters"
    # (the Police Investigations and Review Commissioner's published responses)
    r"|(?i:foisa|foia|foi|eisr|eir)(?i: (?:response|request|release))? (?i:no\.?|number) (?P<regime_numbered>\d{2,6})"
    r"[ \t]+[-\u2013\u2014][ \t]+[^\n]{3,120}"
    # the regime's letters glued to the year and number, before the title with no dash: "FOI2020-06217 Mail usage"
    # (a Ministry of Defence agency's release on GOV.UK), or joined to a two-digit year by an underscore: "FOI_25-138
    # Artificial Intelligence and academic misconduct" (the University of East Anglia's log)
    r"|(?P<glued_titled>(?:FOI|EIR)(?:\d{4}|_\d{2}(?:\d{2})?)[-/]\d{3,})[ \t]+[A-Z][^\n]{2,120}"
    # "FOI" as the case's label, the dash glued to the number: "FOI 5434- Histology Productivity and Digital Pathology
    # Usage" (Medway NHS Foundation Trust's log; "FOI" is a label, shared/corpus/LABELLING.md); or a colon: "FOI 0262:
    # Locum Spend" (the log of Heartlands, Good Hope and Solihull hospitals)
    # (or "FOI/EIR" as its label, the case a year's and its number, the title glued on: "FOI/EIR 25/26-444-Planning
    # Appeals", East Cambridgeshire District Council's disclosure directory)
    r"|FOI[ ](?P<labelled_titled>\d{3,6})[-\u2013:][ \t]+[A-Z][^\n]{3,120}"
    r"|FOI/EIR[ ](?P<labelled_year_titled>\d{2}/\d{2}-\d{1,5})[-\u2013][ \t]*[A-Z][^\n]{3,120}"
    # (or its parts spaced about slashes, the title after another: "FOI / 4409 / 2022 / Forest Fires", or a dash: "FOI
    # / 4059 / 2019 - Official Secrets Act", Essex County Fire & Rescue Service's published responses; kept whole, as
    # "FOI/2022/1234" is in shared/corpus/LABELLING.md)
    r"|(?P<spaced_titled>(?:FOI|EIR) / \d{3,6} / (?:19|20)\d\d)[ \t]+[/\u2013-][ \t]+[A-Z][^\n]{2,120}"
    # (or "FOI" as the label, the month after the case: "FOI 4777 / April 2025 /Pre-Determined Attendance", the same
    # service's page of 2025)
    r"|FOI[ ](?P<labelled_month_titled>\d{3,6})[ ]/[ ][A-Z][a-z]{2,8}[ ](?:19|20)\d\d[ ]?/[ ]?[A-Z][^\n]{2,120}"
    # (or the case and the financial year, alone on the page's title line: "FOI 2795 2022/2023" over "The Risk
    # Management System", University Hospitals Birmingham's published requests)
    r"|FOI[ ](?P<labelled_year_alone>\d{3,6}[ ](?:19|20)\d\d/(?:(?:19|20)\d\d|\d\d))[ \t]*"
    # or two numbers joined by a hyphen before the regime's letters and the title: "196501-426999 FOI Neighbourhood
    # Services" heading the Royal Borough of Windsor and Maidenhead's published requests (its "Reference number" field
    # left empty below)
    r"|(?P<numbered_regime_titled>\d{3,}-\d{3,})[ \t]+(?:FOI|EIR)[ \t]+[A-Z][^\n]{2,120}"
    rf"|[^\n]{{3,100}}{_BRACKETED_CASE})$"
)
# A reply's heading under its greeting naming the request, its case in brackets: "Dear Mr Lenton / Your information
# request (1216)" (The Crown Estate on WhatDoTheyKnow), "Re: Freedom of Information Act - Request for Internal Review
# (RefKFEN-8FLASA)" (Royal Mail Group, the label glued to the case).
_REQUEST_HEADING_REFERENCE_RE = re.compile(
    r"^[ \t]*(?:[Rr][Ee]:[ \t]*)?[^\n()]{0,80}\b(?i:request|enquiry|review)\b[^\n()]{0,40}"
    rf"{_BRACKETED_CASE}[ \t.]*$"
)
# An "FOI" label opening a line near the top, then the number, alone or before the request's title: "FOI - 960 ICT
# Documents" (Public Health Wales), "FOI 16-006" under the greeting (Museum Wales), "FOI 14102019-1 - OPCC Branded
# Merchandise" (a police, fire and crime commissioner), "FOI 89480 Children and adolescent mental health services"
# under a disclosure log's topic heading (an NHS clinical commissioning group).
# Or the number before the heading: "22/001: FREEDOM OF INFORMATION REQUEST" under the greeting (Torfaen County Borough
# Council in a WhatDoTheyKnow thread).
# Or after a dash ending that heading: "Dear Zhongbowen Cui / Request for information under the Freedom of Information
# Act (FOIA), 2000 – 2019/351" (the University of Bath on WhatDoTheyKnow).
_REQUEST_HEADING_DASHED_CASE_RE = re.compile(
    r"^[ \t]*(?:[Rr][Ee]:[ \t]*)?[^\n]{0,100}\b(?i:request|enquiry)\b[^\n]{0,80}[ \t][-\u2013\u2014][ \t]+"
    # (the request's title after it, another dash before: "Freedom of Information Act request - 2011/4953 - Details of
    # excluded children", the London Borough of Wandsworth's acknowledgement on WhatDoTheyKnow)
    r"(?P<titled>[A-Z]{0,6}[0-9][A-Za-z0-9/._-]*[0-9])(?:[ \t]+[-\u2013\u2014][ \t]+[A-Z][^\n]{2,120}?)?[ \t.]*$"
    # Or the word alone before a case with its prefix: "Dear Anthony / Request FOI/6387 / Further to your request
    # received on 04/11/2022" (a council's reply a blog reproduces)
    r"|^[ \t]*(?:Request|Case|Enquiry)[ \t]+(?P<prefixed>[A-Z]{2,6}[/-]\d{3,}[A-Za-z0-9/-]*)[ \t.]*$"
    # Or a team's code and the case's letters and digits ending the subject under the greeting: "Dear Mr Moore / Re: -
    # Request for Information Food spending COR/A2ZE98" (Manchester City Council's letters)
    r"|^[ \t]*[Rr][Ee]:[ \t]*[-\u2013]?[ \t]*(?i:request for information)\b[^\n]{0,80}[ \t]"
    # (its letter's first sentence joined on where the text's paragraphs were read as one: "... Project Forward
    # GAN/A84GBL Thank you for your request for information", the council's 2016 letter, every line a paragraph)
    r"(?P<coded>[A-Z]{2,5}/(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,10})"
    r"(?:[ \t.]*$|(?=[ \t]+(?:Thank you|Further to|I refer|I write|I am writing)\b))"
    # Or an email's subject line under the greeting, the request's title and a dash before the case's figures: "Dear Mr
    # Taylforth / Subject: Adult Social Care - 499089 / Thank you for your request for information received on 11
    # December 2012." (the City of Edinburgh Council's acknowledgement on WhatDoTheyKnow); not a year
    r"|^[ \t]*Subject:[ \t]*(?:(?:RE|Re):[ \t]*)?[A-Z][^\n]{2,100}?[ \t][-\u2013\u2014][ \t]+"
    r"(?P<subject_case>(?!(?:19|20)\d\d\b)\d{5,8})[ \t.]*$"
)
_HEADED_REFERENCE_RE = re.compile(
    # and its financial year after it: "FOI 4024 2023/24" heads University Hospitals Birmingham's published replies
    # or a letter before its sequence: "FOI 2021/F496" above the greeting (Queen Mary University of London)
    # (or an email's subject: "Subject: RE: FOI 14/0136" over Redcar and Cleveland Borough Council's reply)
    # (the body's initials before it, an en dash before the title: "CCG FOI 760 – Personal Health Budget", NHS
    # Stockport Clinical Commissioning Group's log)
    # (or a slash between, under a report's title: "Freedom of Information Report / FOI / 9791", the Northern Care
    # Alliance's report for Pennine Acute Hospitals NHS Trust)
    # (or a colon after the label, or a dash glued to the number: "FOI: 5952168  Institutional Abuse" heading the
    # London Borough of Tower Hamlets' letter on WhatDoTheyKnow, "Subject: FOI -262638" over the London Borough of
    # Lewisham's email)
    r"^(?:Subject:[ \t]*)?(?:(?:RE|Re|FW|Fw|Fwd):[ \t]*)*(?:[A-Z]{2,6} )?F[Oo][Ii]:? (?:[-/] ?)?(?P<headed>"
    # (or before the word "request" in lower case: "Dear Gearoid, / FOI 19-423 request regarding Clinical Systems",
    # Black Country Partnership NHS Foundation Trust on WhatDoTheyKnow; a dash before it in the trust's next thread:
    # "FOI 19-436 - request regarding suicides")
    r"\d{3,}(?:[/-][A-Z]?\d+)*(?: (?:20)?\d\d/\d\d)?|\d{2}[/-]\d{3,})"
    r"(?= [-\u2013\u2014]? ?[A-Z]| (?:[-\u2013\u2014] )?request\b|$)"
    r"|^(?P<before>[A-Z]{0,6}\d[A-Za-z0-9/-]*\d)[ \t]*[:-][ \t]*"
    r"(?i:freedom of information|foi|environmental information|eir)(?i: act(?: \d{4})?)?(?i: request)[ \t]*$"
    # "F2115 Response to request under Freedom of Information Act 2000" under the greeting (University of Leicester)
    # (or a colon after it and "a request for information made": "FOI5884: Response to a request for information made
    # under the Freedom of Information Act 2000, for a copy of the Private Report ...", Birmingham City Council's
    # newsroom post of a disclosure)
    r"|^(?P<before_response>[A-Z]{0,6}\d[A-Za-z0-9/-]*\d):?[ \t]+"
    r"(?i:response to (?:your |a )?request (?:for information )?(?:made )?under (?:the )?)"
    r"(?i:freedom of information|environmental information)"
    # A case code naming the regime, before the request's title: "WRA/FOI/0001 – Landfill Disposals Tax Enquiry" under
    # the greeting (the Welsh Revenue Authority)
    r"|^(?P<coded>(?:[A-Z]{2,6}/)?(?:FOI|EIR|FOIA|FOISA)/(?:[A-Za-z0-9-]+/)*\d[A-Za-z0-9-]*)"
    r"[ \t]+[-\u2013\u2014:][ \t]+[A-Z]"
    # The body's initials, the year and the case number before a dash and the request's title: "NFRS 2023 121 -
    # Airwave" above "You asked for" (Nottinghamshire Fire and Rescue Service's published reply)
    # (a label word there is dropped as after any label, _label_prefix_length: "FOI 2023 150 - ..." is 2023 150)
    # (or with no dash before the title: "FOI 2023 185 Management Consultants", Public Health Wales's log)
    r"|^(?P<initials_year>[A-Z]{2,6} (?:19|20)\d\d[ /-]\d{1,5})[ \t]+(?:[-\u2013\u2014][ \t]+)?[A-Z]"
    # An internal review's case alone on its line above the greeting: "Date: 15 February 2018 / IR 2017/02483 / Dear M
    # Boyce" (HM Revenue and Customs' review letter)
    r"|^(?P<review_case>IR ?(?:19|20)\d\d/\d{3,6})[ \t]*$"
    # A reply's subject, "RE:", the case's number alone and the request's title after a dash: "Dear Mr Storey / RE:
    # 20517 - location and costs of polling stations" (Kirklees Council's acknowledgement on WhatDoTheyKnow); not a year
    r"|^[Rr][Ee]:[ \t]*(?P<re_numbered>(?!(?:19|20)\d\d\b)\d{4,8})[ \t]+[-\u2013\u2014][ \t]+[A-Za-z][^\n]{3,120}$"
)
# The lines with words a heading's case may stand on at the top of the text; blank lines between a page's paragraphs do
# not count: "Disclosure logs / Telephone issues / We are experiencing intermittent issues ... / Disclosure logs /
# Before submitting an FOI request ... / FOI 5974 – Car parking charges and fines 2017-18 and 2018-19" (Barking,
# Havering and Redbridge University Hospitals NHS Trust's log, each line a paragraph).
_HEADED_LINES = 12
# The Information Commissioner's case number in the neutral citation BAILII titles a decision notice with: "British
# Library (Local government) [2023] UKICO 229296 (9 June 2023)"; "[2015] UKICO FS50565255" for older cases.
# (and "[2021] UKICO IC-48877", the case's "IC-" number, swarb.co.uk's citation of a decision on Steyning Town Council)
# (in lower case where the site prints it so: "[2019] UKICO fs50829352", swarb.co.uk on Warrington Borough Council;
# the "IC-" number too: "[2021] UKICO ic-41997", swarb.co.uk on Surrey County Council)
_ICO_CITATION_RE = re.compile(
    r"\[(?:19|20)\d\d\] UKICO (?P<case>IC-\d{5,}(?:-[A-Z0-9]{4})?|ic-\d{5,}(?:-[a-z0-9]{4})?"
    r"|(?:[A-Z]{0,4}|[a-z]{2,4})\d{5,})\b"
)
_ALONE_RE = re.compile(rf"^[ \t]*(?P<alone>{_ALONE})[ \t]*$")
# Digits only, a case number and a year's two digits or a sequence ("9349-16"); not a year range ("2016-17").
# (its label before it: "Freedom of Information, Edinburgh Napier University / FOI 51/14 / Dear Mr Williams", the
# university's acknowledgement on WhatDoTheyKnow; the case is "51/14", as after "REF: FOI 20-165")
_NUMBERED_CASE_RE = re.compile(
    r"^[ \t]*(?:(?:FOI|EIR|FOISA|EISR)[ ])?(?P<alone>(?!(?:19|20)\d\d[-/]\d\d\b)\d{2,6}[-/]\d{2,4})[ \t]*$"
)
# A label glued to the number's last digit is the next field's: a letterhead's "Our Ref 1234Your Ref".
_GLUED_LABEL_RE = re.compile(r"(?<=\d)(?:Your|Our|Date|Ref|Tel|Email|Telephone|Dear)[A-Za-z]*$")
# Any capitalised word glued so is the next cell where the row runs on after it: a log's cells with their spaces lost
# ("Request Reference NumberRequest CategorySummary ... / FOI/19/001Medical Negligence statistics", the Western Health
# and Social Care Trust). Ending its line, it is the reference's own: "Our ref: FOI/NCS/0076Taylor" (Warrington
# Borough Council, numbering its cases with the requester's surname). A suffix in capitals stays ("3238117FOI").
_GLUED_WORD_RE = re.compile(r"(?<=\d)[A-Z][a-z]{2,}[A-Za-z]*$")
# The review marked after the case, a slash between: "Freedom of Information Request 2782799/Internal Review" heading
# Liverpool City Council's internal review letter (its "Our Ref:" left blank); the case is the number.
_REVIEW_AFTER_SLASH_RE = re.compile(r"(?<=\d)/(?:(?P<internal>Internal|INTERNAL)|Review|REVIEW|Appeal|APPEAL)$")
_REVIEW_WORD_AFTER_RE = re.compile(r"[ \t]+(?:Review|review|REVIEW)\b")
# A reference of another request, named before the label: "Further to our response to your previous FOI request,
# reference FO18-2087, you have requested ..." (HS2 Ltd, whose own reference stands alone under the greeting).
_ANOTHER_REQUEST_RE = re.compile(
    r"\b(?:previous|earlier|prior|separate|other) (?:foi |eir )?request,? $"
    # or the request a review is asked of: "I am writing to request a review of your response to FOI request,
    # Reference: 101003833876." above the review's own "our ref: 101003849794" (Moray Council's review page)
    r"|\breview of (?:your|the) (?:response|reply|decision) to (?:my |the |your )?(?:foi |eir )?request,? $"
    # or a procurement's: "The contract was not awarded under a framework. It was an OJEU tender process; reference
    # 31346-2014." (Southport and Ormskirk Hospital NHS Trust's log)
    r"|\b(?:tender|ojeu|procurement|framework)\b[^.\n]{0,25}\Z"
)
# Dates and plain years are not references ("Date: 31/08/2022" after a "Ref" cell, "Reference 2023").
# (a year has two digits or four: "FOI Ref: 16/06/669" is Kent Police's case, its third part a sequence)
# (a date writes its separator twice the same: "33/16-17" is a case of the 2016-17 year, City of Glasgow College's
# "Ref No: 33/16-17")
# A figure written in words, then in digits in brackets, is an answer, not a case: "One thousand seven hundred and
# thirty one (1731)" under a question near the top of Devon County Council's published response.
_FIGURE_IN_WORDS_BEFORE_RE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)"
    r"[ \t]*\($",
    re.I,
)
# (nor a protective marking's impact level: "My ref / IL0 - UNCLASSIFIED / Your Ref: / FS - 116689299", Sandwell
# Metropolitan Borough Council's letter on WhatDoTheyKnow)
# (nor a page of a report: "In response to the Crime Commissioner's annual report for 2022 (ref. p.70) please provide
# the full review of the pilot", a request on South Wales Police's log)
# (a year is one a letter could be dated in: "Our ref: 2070" heading the Crown Prosecution Service's letter of 2009 is
# its case, on WhatDoTheyKnow)
_NOT_A_REFERENCE_RE = re.compile(
    r"^(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{2}|\d{4})|19\d\d|20[0-3]\d|\d{1,2}|IL[0-6]|pp?\.[ \t]?\d{1,4})$"
)
# A question's number under a "Request:" label that heads a log's request, no reference: "Request: / Q1. Who provides
# your digital evidence management (DEMS) system?" (North Yorkshire Police's disclosure log).
_QUESTION_NUMBER_RE = re.compile(r"Q\d{1,2}[a-z]?[.):]")
# A law-report site's own record number, not the case's: "Citations: [2013] UKICO FS50480910 ... Updated: 06 April
# 2022; Ref: scu.528567" (swarb.co.uk's page on an ICO decision notice; the citation above is the case).
_SITE_RECORD_RE = re.compile(r"scu\.\d+", re.I)
# A bare "Reference" after a name and a dash opening its line is the named thing's: "Our response: / Enroly Limited –
# Reference SAE 152 | |" (a contract's row in the University of East Anglia's log, the page's title "FOI_24-299
# Admissions software" giving the request's case).
_NAMED_THING_BEFORE_RE = re.compile(r"[ \t]*[A-Z][\w&'.]*(?:[ \t]+[A-Z][\w&'.]*){0,5}[ \t]+[-\u2013\u2014][ \t]*\Z")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# An identifier's label: what follows it is a case number, though it reads as a year ("Please quote ID 2066 on all
# correspondence/emails/faxes", Wigan Council's acknowledgement on WhatDoTheyKnow).
_ID_LABEL_BEFORE_RE = re.compile(r"\bid[ \t]*:?[ \t]*$")
# A small body numbers its requests from 1: "Reference number: 17" alone on its line (Hadlow College's refusal); one or
# two digits after that whole label, and nothing after them on the line, are its case number. So does a log early in
# its year: "FOI Number / 16 / Date Received / 05/01/2022" (Scottish Borders Council's log, a field a line).
_NUMBERED_BY_ITS_LABEL_RE = re.compile(r"\breference number[ \t]*:[ \t]*$|\bfoi number[ \t]*:?[ \t]*\n[ \t]*$")
# So does a log's "Ref:" after the body's initials, the number on a line of its own below: "BFRS Ref: / 41 /
# Information request:" (Buckinghamshire Fire and Rescue Service's disclosure log).
_INITIALS_REF_LABEL_RE = re.compile(r"(?:^|\n)[ \t]*[A-Z]{2,6} Ref[ \t]*:\s*$")
_FIRST_DIGIT_RE = re.compile(r"\d")
# Another case's decision, cited as a precedent: "the council would draw your attention to the Information
# Commissioner's Decision in the case FS50579169 – Herefordshire Council" (Salford City Council's reply for Salford
# Royal NHS Foundation Trust).
# Or one the reply says it follows: "Please be aware that this is in line with Decision Notice FS50163927
# (http://www.ico.gov.uk/...) in which the ICO stated that salaries constitute personal data" (the Department for
# Communities and Local Government's reply).
# Or a tribunal's case, its label in brackets after the tribunal: "The Information Tribunal (case ref EA/2006/0060 &
# 0066) found that the address of a property ... were personal data", "Additionally a First-tier tribunal (case ref
# EA/2011/0007) found ..." (Charnwood Borough Council's log, its own case "FOI 4249" heading the page).
_CITED_CASE_LABEL_BEFORE_RE = re.compile(r"\b(?i:tribunal|commissioner|court|ombudsman)(?:'s)?[ \t]*\([ \t]*$")
_CITED_DECISION_RE = re.compile(
    r"\bdecisions? (?:notices? )?(?:in|on) (?:the )?case (?:of )?$"
    r"|\b(?:in line with|consistent with|following|see|per|in accordance with) (?:the )?(?:ico'?s |commissioner'?s )?"
    r"decision notices? $",
    re.I,
)


def _around_greetings(layout: Layout) -> tuple[list[Line], list[Line]]:
    """The lines a reply heads with its case, near each greeting of the authority's below the text's first lines
    (an email's blank and space-only lines between do not count): the three with text under it ("Dear Mr Parsons /
    FoI 17702 - FOI Statistics for 2017", Kirklees Council in a WhatDoTheyKnow thread), and the two with text above
    it ("FOI 869 / Dear Claire Stephenson,", the North West Ambulance Service)."""
    lines = layout.lines
    under: list[Line] = []
    above: list[Line] = []
    for salutation in layout.salutations:
        if salutation.number >= _HEADED_LINES and not layout.message_at(salutation.start).from_requester:
            number = salutation.number
            below = (line for line in lines[number + 1 : number + 10] if line.text.strip())
            under += list(itertools.islice(below, 3))
            before = (line for line in reversed(lines[max(0, number - 6) : number]) if line.text.strip())
            above += list(itertools.islice(before, 2))
    return under, above


def _numbered_by_its_label(ctx: Context, pos: int, start: int, value: str) -> bool:
    """Whether ``value`` is one or two digits alone on their line after "Reference number:" or the body's initials and
    "Ref:"."""
    rest = ctx.text[start + len(value) : ctx.layout.line_at(start).end]
    return (
        value.isdigit()
        and len(value) <= 2
        and not rest.strip()
        and (
            _NUMBERED_BY_ITS_LABEL_RE.search(ctx.lower, max(0, pos - 30), start) is not None
            or _INITIALS_REF_LABEL_RE.search(ctx.text, max(0, pos - 30), start) is not None
        )
    )


def _label_prefix_length(ctx: Context, value: str) -> int:
    """How much of ``value`` a label word opening it takes, with its space ("FOI 5974" -> 4; patterns/header.yaml,
    label_prefixes), or 0."""
    word, space, rest = value.partition(" ")
    return len(word) + 1 if space and rest and word.upper() in ctx.catalogue.reference_label_prefixes else 0


_PLACEHOLDER_RE = re.compile(r"\[[A-Za-z]")
_INITIALS_AFTER_RE = re.compile(r"/[A-Z]{1,4}")


# The regime's name in a page's title, a dash, then the request's subject: "Freedom of Information request - PCN 34J
# charges issued by fixed cameras" (Transport for London's page of a request, "Request ID: FOI-0378-2021" below it).
# Only a case code, a word with its digits, is its value there ("Freedom of information request - FOI/9005", the London
# Borough of Croydon's letter), not words of the subject.
_REGIME_NAME_ENDING = ("freedom of information request", "environmental information request")
# A word of a title named with a number: "Covid-19"; the title going on after it. Or a postcode's district naming a
# place: "Subject: Freedom of Information Request - SW19 Rat Run Traffic Measures" (a request to the London Borough of
# Merton, its emails reproduced on a campaign's page).
_NAMED_WITH_A_NUMBER_RE = re.compile(r"[A-Z][a-z]{2,}-\d{1,3}|[A-Z]{1,2}\d{1,2}[A-Z]?")
_TITLE_GOES_ON_RE = re.compile(r"[ \t]+[A-Z][a-z]")
_CASE_CODE_RE = re.compile(r"[A-Za-z]{0,8}[/-]?[A-Za-z]*\d[\w/.:-]*(?=[ \t),;]|$)", re.M)


def _figures_after_our_reference(ctx: Context, pos: int, value: str) -> bool:
    """Whether ``value``, figures alone, follows the body's own "Our reference" label ending at ``pos``: its case,
    though shaped as a date ("Our reference 14-05-62", Sunderland City Council's review letter)."""
    return not any(char.isalpha() for char in value) and (
        _OUR_REFERENCE_BEFORE_RE.search(ctx.lower, max(0, pos - _OUR_REFERENCE_REACH), pos) is not None
    )


def _read_value(ctx: Context, pos: int) -> tuple[str, int, int] | None:
    text = ctx.text
    gap = _GAP_RE.match(text, pos)
    start = gap.end() if gap else pos
    if (
        gap
        and ("-" in gap.group() or "\u2013" in gap.group())
        and ctx.lower.endswith(_REGIME_NAME_ENDING, 0, pos)
        and _CASE_CODE_RE.match(text, start) is None
    ):
        return None
    if gap and _IS_RE.search(gap.group()) and ctx.lower.endswith(_NAMING_A_REQUEST, 0, pos):
        # "is" reads "Your reference is FOI 123"; after a label that names the request itself it starts a sentence
        # about it: "If your FOI request is COVID-19 related, please take a look at these resources" (the Public
        # Health Agency's automatic reply)
        return None
    next_label = _NEXT_LABEL_RE.match(text, start)
    if next_label is not None and not DATE_RE.match(text, next_label.end()):
        # A letterhead's table read across, its labels before its values: "Our Ref: Date: IM-FOI-2018-1421 06 July
        # 2018" (Police Scotland's letter as a PDF flattened to one line); the first value is the first label's.
        start = next_label.end()
    line_start = text.rfind("\n", 0, pos) + 1
    # (or a line each, labels then values: "Date / Our Ref / 04/10/12 / 3358", NHS Lothian's letter as HTML)
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    date_label_above = line_start > 0 and ctx.lower[above_start:line_start].strip(" \t\n:") == "date"
    if (date_label_above or _DATE_LABEL_BEFORE_RE.search(ctx.lower, line_start, pos)) and (
        dated_first := DATE_RE.match(text, start)
    ):
        # ... or in the other order, without colons: "Date Our Ref 05/10/12 3289 Enquiries to ..." (NHS Lothian's
        # letter flattened to one line); the date is the first label's, the reference the next value.
        start = dated_first.end()
        while text.startswith((" ", "\t", "\n") if date_label_above else (" ", "\t"), start):
            start += 1
    m = _VALUE_RE.match(text, start)
    if (
        m is None
        and (headings := _COLUMN_HEADINGS_RE.match(text, start)) is not None
        and not _ANOTHER_LABEL_WORD_RE.search(headings.group())
    ):
        # A log's table read across, the label one of its column headings, the values after them all: "Request ID
        # Date Request and Response 2653 02/04/13 1) Please provide ..." (Cheltenham Borough Council's disclosure log
        # as a PDF's text); the first value is the first heading's.
        start = headings.end()
        m = _VALUE_RE.match(text, start)
    if not m or _QUESTION_NUMBER_RE.match(text, start):
        return None
    digits = _FIRST_DIGIT_RE.search(text, start, m.end())
    prefixes = ctx.catalogue.reference_label_prefixes
    dated = DATE_RE.match(text, digits.start()) if digits is not None else None
    if (
        dated is not None
        and digits is not None
        and not any(word.upper() in prefixes for word in text[start : digits.start()].split())
        # (a case numbered from the day it came, running on past the date: "The reference number for your request is
        # 19-07-2010-145338-002", the Ministry of Defence's helpdesk for the Defence Vetting Agency)
        and not _RUNS_ON_PAST_A_DATE_RE.match(text, dated.end())
        # (nor figures alone after the body's own "Our reference": "Our reference 14-05-62", Sunderland City Council's
        # review letter, its case shaped as a date)
        and not _figures_after_our_reference(ctx, pos, text[dated.start() : dated.end()])
    ):
        # A date after the label is none: "Freedom Of Information Request 17th July 2015" (a blog quoting a
        # WhatDoTheyKnow request to Mid Sussex District Council), nor one after a word in capitals ("REQUEST FOR
        # INFORMATION DATED 6 AUGUST 2020", East West Rail's letter quoted on a campaign's blog). After a reference's
        # own prefix it is the case's name: "FOI reference - FOI 2016-10-31" (the Pensions Regulator).
        return None
    if _PLACEHOLDER_RE.match(text, m.end("value")):
        # A template's blank left unfilled, the value's start a prefix: "Our reference is EIR 2019-[insert reference]."
        # (Orkney Islands Council's acknowledgement on WhatDoTheyKnow, its reply below giving "EIR 2019-1111"); not a
        # footnote's mark ("allocated the reference number 2020-89[1]", the North London Waste Authority)
        return None
    value = m.group("value").rstrip("./-_")
    glued = _GLUED_LABEL_RE.search(value)
    if glued is None and text[m.end("value") : ctx.layout.line_at(m.end("value")).end].strip():
        glued = _GLUED_WORD_RE.search(value)  # the row runs on after it
    if glued:
        value = value[: glued.start()]
    elif (review := _REVIEW_AFTER_SLASH_RE.search(value)) is not None and (
        review.group("internal") is None or _REVIEW_WORD_AFTER_RE.match(text, start + len(value))
    ):
        value = value[: review.start()]
    if _NAMED_WITH_A_NUMBER_RE.fullmatch(value) and _TITLE_GOES_ON_RE.match(text, start + len(value)):
        # A title's word after the label, not a case: "FOI Request - Covid-19 Second Wave" heading Moray Council's log,
        # its case on the next line ("Request 101002589299").
        return None
    label = _label_prefix_length(ctx, value)
    prefixed = bool(label) and "&" not in value and not value[label:].startswith("-")
    if prefixed:
        start += label
        value = value[label:]
    # A number after its prefix is a case number even when it reads as a year: "Our Reference: FOI 1972" (the Food
    # Standards Agency), "Our Ref: FOI 1939" (the Southern Health and Social Care Trust).
    if not value or (
        _NOT_A_REFERENCE_RE.match(value)
        and not ((prefixed or _ID_LABEL_BEFORE_RE.search(ctx.lower, max(0, pos - 12), pos)) and _YEAR_RE.match(value))
        and not _numbered_by_its_label(ctx, pos, start, value)
        and (value.isdigit() or not _figures_after_our_reference(ctx, pos, value))
    ):
        return None
    return value, start, start + len(value)


def _requester_wrote_first(ctx: Context, value: str, before: int, under_requester_labels: set[int]) -> bool:
    """Whether ``value`` stands in the requester's letter above ``before`` (``_in_requesters_letter``), other than
    where it was read under a requester's label for the body's reference ("Your Ref: 32176"; its start in
    ``under_requester_labels``)."""
    pos = ctx.text.find(value, 0, before)
    while pos != -1:
        if pos not in under_requester_labels and _in_requesters_letter(ctx.layout, pos):
            return True
        pos = ctx.text.find(value, pos + 1, before)
    return False


def _in_a_thread_title(ctx: Context, offset: int) -> bool:
    """Whether ``offset`` is on a WhatDoTheyKnow thread's title: the page's first line with text, the site's status or
    banner on the next (``_wdtk_banner``)."""
    lines = list(first_lines_with_words(ctx, 2))
    return len(lines) == 2 and lines[0].start <= offset < lines[0].end and _wdtk_banner(ctx, lines[1])


def _wdtk_banner(ctx: Context, line: Line) -> bool:
    """Whether ``line`` is WhatDoTheyKnow's line under a thread's title: who asked whom, its status, its banner."""
    return ctx.layout.boilerplate_kind(line.start) == "whatdotheyknow" or WDTK_STATUS_RE.match(line.text) is not None


def _in_requesters_letter(layout: Layout, offset: int) -> bool:
    """Above the sign-off of a letter the requester wrote: between its greeting and sign-off, or in the thread's title
    above its greeting, which the requester wrote too ("Spinal Centres - Budgets & Discharges (ref: TIM/2018) / Dear
    South Tees Hospitals NHS Foundation Trust,", the Spinal Injuries Association's WhatDoTheyKnow request). Not the
    lines of a reply's letterhead that segmenting left at the end of the request above it. A letter the text is cut
    inside, before its sign-off, is the requester's to the end ("(Cumbria Fire and Rescue Service reference FSL
    16/C2048629/508187/SGS)" in a WhatDoTheyKnow request cut at its seventh item)."""
    if not layout.by_requester(offset):
        return False
    message = layout.message_at(offset)
    if message.salutation is None:
        return False
    line = layout.line_at(offset).number
    if message.closing is None:
        return message is layout.messages[-1] and message.salutation.number < line
    return (message.start == 0 or message.salutation.number < line) and line < message.closing.number


# The first cell of a log's first row under the reference column's heading: a reference shape with a digit, up to a
# space or the next cell glued on ("2022-004Student drug use21/01/2022"); not a list's number ("2.") nor a date.
_COLUMN_VALUE_RE = re.compile(r"(?P<value>[A-Z]{0,6}\d[\w/.-]*?)(?=[ \t]|[A-Z][a-z]|$)")
_RUNS_ON_PAST_A_DATE_RE = re.compile(r"[-/]\d{3,}")
_DATE_VALUE_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def _first_in_reference_column(ctx: Context) -> tuple[str, Span] | None:
    """The reference in the first row of a disclosure log's table, under the reference column's heading (header.yaml
    ``column_labels``): "Ref Topic Request and response / F13/001 Neighbour forums" (Allerdale Borough Council)."""
    layout = ctx.layout
    column = ctx.catalogue.reference_column_re
    lines = layout.lines
    for i, line in enumerate(lines[:-1]):
        if not line.text[:1].isupper() or column.fullmatch(line.text.rstrip()) is None:
            continue
        row = layout.line_below(i)
        if row is None or layout.in_quoted(row.start):
            return None
        return _cell_reference(ctx, row.start, row.end)
    return None


def _cell_reference(ctx: Context, start: int, end: int) -> tuple[str, Span] | None:
    """The reference a log's table cell opens with at ``start`` (``end``: its line's end), its shape
    ``_COLUMN_VALUE_RE``'s, four characters at least and no date."""
    m = _COLUMN_VALUE_RE.match(ctx.text, start, end)
    if m is None:
        return None
    value = m.group("value").rstrip(".")
    if len(value) < 4 or _DATE_VALUE_RE.fullmatch(value):
        return None
    return value, ctx.span(start, start + len(value))


# Between a dated row's date and its reference, a label word may stand in the reference's cell ("22 August 2019 FOI
# 007585 Organisational structure chart.pdf", NHS Greater Preston CCG's log; header.yaml ``label_prefixes``).
_ROW_GAP_RE = re.compile(r"[ \t]+(?:(?P<prefix>[A-Za-z]{2,6})[ \t]+)?")


def _first_in_dated_log(ctx: Context) -> tuple[str, Span] | None:
    """The reference after the date of a log's first row, its table's date column first (dates.first_dated_log_row)."""
    row = first_dated_log_row(ctx)
    if row is None:
        return None
    gap = _ROW_GAP_RE.match(ctx.text, row.date.end, row.line.end)
    prefix = gap.group("prefix") if gap is not None else None
    if gap is None or (prefix is not None and prefix.upper() not in ctx.catalogue.reference_label_prefixes):
        return None
    return _cell_reference(ctx, gap.end(), row.line.end)


# A table's reference column heading in a table flattened with " / " (first_slash_table_row): the reference labels'
# own headings, or a case system's identifier ("Sub Enquiry ID", the London Borough of Newham's report).
_ID_HEADING_RE = re.compile(r"(?:[a-z]+ )?(?:enquiry|request|case|foi) (?:id|no\.?|number|ref(?:erence)?)")


def _first_in_slash_table(ctx: Context) -> tuple[str, Span] | None:
    row = first_slash_table_row(ctx)
    if row is None:
        return None
    headings = {label.lower() for label in ctx.catalogue.header.reference.column_labels}
    headings.update(heading for heading in row.headings if _ID_HEADING_RE.fullmatch(heading))
    cell = row.cell_under(headings)
    return _cell_reference(ctx, cell[1], cell[2]) if cell is not None else None


def _title_lines(ctx: Context) -> list[Line]:
    """The page's first four lines with text ("In an emergency call 999 / For general enquiries call 01158388100 /
    Monday - Friday - / / NFRS 2022 72 - fires on Grafton Street, Worksop", Nottinghamshire Fire and Rescue Service's
    published responses), and when page furniture follows them, the lines up to the fourth with text outside it:
    "Information released by DRD - April 2014 requests / Part of: Disclosure log / Copyright notice / (four paragraphs
    on re-use) / DRD/2014-0093" (the Department for Regional Development's disclosure log)."""
    layout = ctx.layout
    lines = list(first_lines_with_words(ctx, 5))
    if len(lines) > 1 and _wdtk_banner(ctx, lines[1]):
        # A WhatDoTheyKnow thread's title is the requester's, over the site's "... made this Freedom of Information
        # request to ...": "Report on tender for the provision of insurance services (CFO/008/019)" names the report
        # asked for, not the case (Merseyside Fire and Rescue Service's thread). Or over its status: "Spinal Cord
        # Injury Centres (REF: TCN/2018) / Response to this request is long overdue." (the Spinal Injuries
        # Association's own reference, in its thread to Cardiff and Vale University Health Board).
        lines = lines[1:]
    if len(lines) <= 4 or not layout.boilerplate_kind(lines[4].start):
        return lines[:4]
    outside = (line for line in layout.lines if line.text.strip() and not layout.boilerplate_kind(line.start))
    return list(itertools.islice(outside, 4))


# A value the reply itself calls its reference, under whatever label: "Serial Number: 0005/01/10 (Please quote this
# reference in future correspondence regarding this submission)." (the Dorset Safety Camera Partnership on
# WhatDoTheyKnow; an equipment's "Serial number: GX-2201" in an answer is none).
# The label is found first, the value read after it as after any label, then the request to quote it checked.
_QUOTE_THIS_REFERENCE_LABEL_RE = re.compile(
    r"^[ \t*]*[A-Z][A-Za-z ]{2,30}?[ \t]*:(?=[^\n]{1,40}?\((?:please )?quote this reference\b)", re.I | re.M
)
_QUOTE_THIS_REFERENCE_AFTER_RE = re.compile(r"[ \t]*\((?:please )?quote this reference\b", re.I)


# A batch request logged under a reference per body, each on its row: "Your requests have been logged with the
# following reference numbers: / BOL/FOI/12471 NHS Bolton CCG / BUR/FOI/12472 NHS Bury CCG / HMR/FOI/12473 NHS
# Heywood, Middleton and Rochdale CCG" (an FOI service four CCGs shared, on WhatDoTheyKnow).
_REFERENCE_PER_ROW_LABEL_RE = re.compile(r"\bthe following reference (?:numbers|references)[ \t]*:[ \t]*$", re.I)
_REFERENCE_ROW_RE = re.compile(rf"[ \t]*(?P<value>{_ALONE})[ \t]+(?P<name>[A-Z][^\n]*?)[ \t]*$")
_NAME_WORD_RE = re.compile(r"[A-Za-z][\w'&-]*")
_MIN_ROWS = 2


def _the_greeted_bodys_row(ctx: Context) -> tuple[str, Span] | None:
    """The reference on the row naming the body the request greets, under a label introducing a reference per body:
    its name told from the other rows' by the words they do not all share ("Bury" of "NHS Bury CCG")."""
    if "following reference" not in ctx.lower:
        return None  # most texts: no line to read
    layout = ctx.layout
    request = next((m for m in layout.messages if m.from_requester and m.addressee), None)
    if request is None or request.addressee is None:
        return None
    greeted = {word.casefold() for word in _NAME_WORD_RE.findall(request.addressee)}
    for label in layout.lines:
        if not _REFERENCE_PER_ROW_LABEL_RE.search(label.text) or layout.by_requester(label.start):
            continue
        rows: list[tuple[Line, re.Match[str]]] = []
        for line in layout.lines[label.number + 1 :]:
            row = _REFERENCE_ROW_RE.fullmatch(line.text)
            if row is None and (rows or line.text.strip()):
                break
            if row is not None:
                rows.append((line, row))
        if len(rows) < _MIN_ROWS:
            continue
        names = [{word.casefold() for word in _NAME_WORD_RE.findall(row.group("name"))} for _line, row in rows]
        shared = set.intersection(*names)
        greeted_rows = [row for row, words in zip(rows, names, strict=True) if (words - shared) & greeted]
        if len(greeted_rows) == 1:
            line, row = greeted_rows[0]
            return row.group("value"), ctx.span(line.start + row.start("value"), line.start + row.end("value"))
    return None


def _read_across_after_another_label(ctx: Context, label_start: int, label_end: int) -> bool:
    """Whether the label at ``ctx.text[label_start:label_end]`` follows another label on its line ("Our ref: Your
    ref:") and its value is read across the date's label after it (``_NEXT_LABEL_RE``)."""
    text = ctx.text
    gap = _GAP_RE.match(text, label_end)
    if _NEXT_LABEL_RE.match(text, gap.end() if gap else label_end) is None:
        return False
    line_start = text.rfind("\n", 0, label_start) + 1
    return ":" in text[line_start:label_start]


_ORIGINAL_BEFORE_RE = re.compile(r"\boriginal[ \t]+$")


def extract_reference(ctx: Context) -> tuple[str, Span] | None:
    """The reply's own case reference and its span, its dashes and quotes as printed (shared/corpus/LABELLING.md:
    "exactly as printed"): "Reference: 2023 \u2013 324 / WE7239" heads the West Mercia PCC's log page, which
    normalisation reads with a hyphen."""
    found = _reference_as_read(ctx)
    if found is None:
        return None
    value, span = found
    if value == ctx.text[span.start : span.end]:
        value = ctx.clean.printed(span.start, span.end)
    return value, span


_QUOTE_BEFORE_RE = re.compile(r"\bquote[ \t\n]+$")


def _reference_as_read(ctx: Context) -> tuple[str, Span] | None:
    layout = ctx.layout
    requester_values: set[str] = set()
    under_requester_labels: set[int] = set()  # where values under the requester's labels start
    labelled: list[tuple[int, int, str, int, int]] = []
    for m in ctx.catalogue.reference_label_re.finditer(ctx.lower):
        if ctx.text[m.start() : m.end()].isupper() and ctx.text[m.end() : m.end() + 1].isdigit():
            # Capitals glued to the digits are the case's own prefix, not a label: "Your Ref: REF0013727." (the Met
            # Office's acknowledgement on WhatDoTheyKnow), not "REF" and 0013727.
            continue
        read = _read_value(ctx, m.end())
        if read is None:
            continue
        value, start, end = read
        if m.group("other"):
            requester_values.add(value.casefold())
            continue
        if m.group("requester") and _QUOTE_BEFORE_RE.search(ctx.lower, max(0, m.start() - 20), m.start()):
            # The reply's own case, for the requester to quote back: "If you need to contact us about your request
            # please quote your reference number FOI-18-0076." (the University of Sussex's letter on WhatDoTheyKnow)
            if not layout.in_quoted(m.start()) and not _in_requesters_letter(layout, m.start()):
                labelled.append((2, m.start(), value, start, end))
            continue
        if m.group("requester"):
            if _read_across_after_another_label(ctx, m.start(), m.end()):
                # "Our ref: Your ref: Date: / CSC/4827 / 09 July 2012" (the Environment Agency's letter): read across,
                # the first value is the row's first label's, and which of the values below is the requester's
                # cannot be told.
                continue
            under_requester_labels.add(start)
            if _in_requesters_letter(layout, m.start()) and not layout.in_quoted(m.start()):
                # The requester's "your" is the authority's: "Planning Application 21280/010 - Decision under
                # Delegated Powers [Your Ref: 32176]" (a WhatDoTheyKnow request's title, quoting the council's case);
                # the authority's own label, in its reply, still comes first.
                labelled.append((3, m.start(), value, start, end))
            else:
                requester_values.add(value.casefold())
            continue
        if layout.in_quoted(m.start()) or _ANOTHER_REQUEST_RE.search(ctx.lower, max(0, m.start() - 40), m.start()):
            continue
        if _CITED_CASE_LABEL_BEFORE_RE.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue
        if _SITE_RECORD_RE.fullmatch(value):
            continue
        if m.group("label").lower() == "reference" and _NAMED_THING_BEFORE_RE.match(
            ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1, m.start()
        ):
            continue
        if (_in_requesters_letter(layout, m.start()) or _in_a_thread_title(ctx, m.start())) and not m.group(
            "label"
        ).lower().startswith(("your ", "quot", "please quot")):
            # The requester's own reference in the letter they wrote, or in its title: theirs, not the authority's.
            # (WhatDoTheyKnow's title over its status: "Spinal Cord Injury Centres (REF: TCN/2018) / Response to this
            # request is long overdue.", the Spinal Injuries Association's own reference in its thread to Cardiff and
            # Vale University Health Board)
            continue
        boiler = layout.boilerplate_kind(m.start())
        # "Please quote reference 31213209" sits in review-rights boilerplate yet names this reply's case.
        label = m.group("label").lower()
        quoted_label = "quot" in label
        if boiler and not quoted_label:
            continue
        rank = 0 if layout.in_header(m.start()) else 2 if quoted_label else 1
        if label.startswith("original") or _ORIGINAL_BEFORE_RE.search(ctx.lower, max(0, m.start() - 10), m.start()):
            # The request a review reviews, beside the review's own: "Original reference: 1-295597565 / Internal review
            # reference: 1-296429831" heading Ofcom's internal review; this reply's reference is the review's.
            rank += 1
        if _requester_wrote_first(ctx, value, m.start(), under_requester_labels):
            # The reference of what the request is about, which the reply repeats: "Your request is for information
            # about planning at Footbridge Farm reference 17/01033/EIA." under a request about "Footbridge farm
            # (planning reference 17/01033/EIA)" (Shropshire Council's acknowledgement on WhatDoTheyKnow): the
            # body's own case reference is one the requester could not have written first; nor is it anywhere else.
            requester_values.add(value.casefold())
            continue
        labelled.append((rank, m.start(), value, start, end))
    for m in _QUOTE_THIS_REFERENCE_LABEL_RE.finditer(ctx.text) if "quote this reference" in ctx.lower else ():
        if layout.in_quoted(m.start()) or _in_requesters_letter(layout, m.start()):
            continue
        read = _read_value(ctx, m.end())
        if read is not None and _QUOTE_THIS_REFERENCE_AFTER_RE.match(ctx.text, read[2]):
            labelled.append((0 if layout.in_header(m.start()) else 1, m.start(), *read))
    # A thread's reply and its acknowledgement may each give their own reference: "Our Ref: FOI 22/15" in the
    # acknowledgement, "Our Ref: FOI 22/17" in the reply below it (the Electoral Commission on WhatDoTheyKnow, the
    # reply cut short). The reply's is this reply's reference (shared/corpus/LABELLING.md): a message that holds no
    # acknowledgement cue comes first, as for the date line (extract/dates.py).
    several = len(labelled) > 1

    def substance(item: tuple[int, int, str, int, int]) -> tuple[int, bool, int]:
        rank, pos = item[0], item[1]
        if rank > 1 or not several:
            return rank, False, pos
        return rank, ctx.in_a_holding_message(pos), pos

    for _rank, _pos, value, start, end in sorted(labelled, key=substance):
        if value.casefold() not in requester_values:
            # The same case with its officer's initials after it is the reply's own form: "Request ID: FOI-2170-1819"
            # heading Transport for London's page above its reply's "Our ref: FOI-2170-1819/GH".
            for _r, _p, fuller, fuller_start, fuller_end in labelled:
                if _INITIALS_AFTER_RE.fullmatch(fuller, len(value)) and fuller.startswith(value):
                    return fuller, ctx.span(fuller_start, fuller_end)
            return value, ctx.span(start, end)
    greeted_row = _the_greeted_bodys_row(ctx)
    if greeted_row is not None:
        return greeted_row
    in_column = _first_in_reference_column(ctx) or _first_in_dated_log(ctx) or _first_in_slash_table(ctx)
    if in_column is not None:
        return in_column
    for line in _title_lines(ctx):
        titled = _TITLE_REFERENCE_RE.match(line.text)
        if titled:
            group = next(
                name
                for name in (
                    "alone",
                    "appealed",
                    "alone_labelled",
                    "case_titled",
                    "glued_titled",
                    "labelled_titled",
                    "labelled_year_titled",
                    "labelled_year_alone",
                    "spaced_titled",
                    "labelled_month_titled",
                    "numbered_regime_titled",
                    "coloned",
                    "case_after",
                    "regime_titled",
                    "regime_numbered",
                    "titled",
                )
                if titled.group(name)
            )
            value = titled.group(group)
            if group == "titled" and _FIGURE_IN_WORDS_BEFORE_RE.search(line.text, 0, titled.start(group)):
                continue
            if not _NOT_A_REFERENCE_RE.match(value) and value.casefold() not in requester_values:
                start = line.start + titled.start(group)
                return value, ctx.span(start, start + len(value))
    titled_entry = log_entry_title(ctx)
    if titled_entry is not None and titled_entry.group("case").casefold() not in requester_values:
        return titled_entry.group("case"), ctx.span(titled_entry.start("case"), titled_entry.end("case"))
    citation = _ICO_CITATION_RE.search(ctx.text, 0, 3000)
    if citation is not None and not layout.in_quoted(citation.start()):
        return citation.group("case"), ctx.span(citation.start("case"), citation.end("case"))
    under_greetings, above_greetings = _around_greetings(layout)
    for line in [*first_lines_with_words(ctx, _HEADED_LINES), *under_greetings, *above_greetings]:
        headed = _HEADED_REFERENCE_RE.match(line.text)
        if headed is None or layout.in_quoted(line.start):
            continue
        group = next(
            name
            for name in ("headed", "before", "before_response", "coded", "initials_year", "review_case", "re_numbered")
            if headed.group(name)
        )
        value, start = headed.group(group), line.start + headed.start(group)
        if group == "initials_year" and (label := _label_prefix_length(ctx, value)):
            value, start = value[label:], start + label
        if value.casefold() not in requester_values and not (group != "headed" and _NOT_A_REFERENCE_RE.match(value)):
            return value, ctx.span(start, start + len(value))
    # (or under a WhatDoTheyKnow sender line, the message greeting no one: "Freedom Of Information, Wandsworth Borough
    # Council / Freedom of Information Act request - 2011/4953 - Details of excluded children / Thank you for your
    # request for information received on 27/07/2011.", the council's acknowledgement)
    openers = [
        *layout.salutations,
        *(m.sender for m in layout.messages if m.sender is not None and m.salutation is None),
    ]
    for opener in openers:
        if layout.message_at(opener.start).from_requester:
            continue
        lines = layout.lines
        below = next((line for line in lines[opener.number + 1 : opener.number + 4] if line.text.strip()), None)
        # or straight above it, under the request it answers: "Susan Russell / FOI/EIR Request - 2209261049 / Dear
        # Susan Russell," (Peterborough City Council on WhatDoTheyKnow)
        above = lines[opener.number - 1] if opener.number > 0 else None
        for heading in (below, above):
            if heading is None or layout.in_quoted(heading.start):
                continue
            titled = _REQUEST_HEADING_REFERENCE_RE.match(heading.text) or (
                _REQUEST_HEADING_DASHED_CASE_RE.match(heading.text)
            )
            found_groups = titled.groupdict() if titled is not None else {}
            group = next((name for name in ("prefixed", "coded", "subject_case") if found_groups.get(name)), "titled")
            if titled is None or _NOT_A_REFERENCE_RE.match(titled.group(group)):
                continue  # "Your information request (12/05/2020)": its date
            if titled.group(group).casefold() not in requester_values:
                start = heading.start + titled.start(group)
                return titled.group(group), ctx.span(start, start + len(titled.group(group)))
        # or the case and a dash before the request's title, straight under the greeting of an email whose header
        # lines stand above it: "Subject: AIR8148R Request for information / Dear Mr Mortimer / AIR8148R – Records of
        # Child Abuse Perpetrators and CP Policies" (the London Borough of Havering's email a blog reproduces)
        if below is None or layout.in_quoted(below.start):
            continue
        titled = _TITLE_REFERENCE_RE.match(below.text)
        case: str | None = titled.group("case_titled") if titled is not None else None
        if titled is not None and case and case.casefold() not in requester_values:
            start = below.start + titled.start("case_titled")
            return case, ctx.span(start, start + len(case))
    # A case number alone on the line under a WhatDoTheyKnow reply's greeting: "Dear Mr Wright / RSN18708 / Thank you
    # for your request ..." (the Liverpool City Region Combined Authority); or of digits only, on the line above it,
    # under its sender line: "Derek O'Connor, Conwy County Borough Council / 9349-16 / Dear Sir/Madam"; or with its
    # letters: "Freedom of Information Act, University of Plymouth / FOI000119/2018 / Dear Pascal Crowe,"
    beside_greetings = [(line, _ALONE_RE) for line in under_greetings[:1]]
    beside_greetings += [
        (line, alone_re) for line in above_greetings[:1] for alone_re in (_NUMBERED_CASE_RE, _ALONE_RE)
    ]
    for line, alone_re in beside_greetings:
        alone = alone_re.match(line.text)
        if alone and not layout.in_quoted(line.start) and alone.group("alone").casefold() not in requester_values:
            start = line.start + alone.start("alone")
            return alone.group("alone"), ctx.span(start, start + len(alone.group("alone")))
    for m in ctx.catalogue.reference_shape_re.finditer(ctx.text):
        # Not in the requester's letter: "please note the recent ICO decisions IC-129040-Y4T2 and IC-125081-Q8J6"
        # (Sex Matters' WhatDoTheyKnow request to an NHS trust) names other cases.
        if (
            layout.in_quoted(m.start())
            or m.group().casefold() in requester_values
            or _in_requesters_letter(layout, m.start())
            or _CITED_DECISION_RE.search(ctx.text, max(0, m.start() - 40), m.start())
        ):
            continue
        return m.group(), ctx.span(m.start(), m.end())
    return None
