"""Table-driven: how the segmenter reads greetings and splits a thread into messages (invented snippets modelled on
WhatDoTheyKnow threads and letters)."""

from __future__ import annotations

import datetime as dt

import pytest

from foiparse import parse_text
from foiparse.catalogue import get_catalogue
from foiparse.clean import clean
from foiparse.readers import read_text
from foiparse.segment import Layout, addressee_of, addresses_an_organisation, segment

GREETINGS = [
    ("Dear Kent County Council,", "Kent County Council", True),
    ("Dear Northern Ireland Transport Holding Company,", "Northern Ireland Transport Holding Company", True),
    ("Dear University of Worcester,", "University of Worcester", True),
    ("Dear Royal Armouries,", "Royal Armouries", True),
    ("Dear Forest Research,", "Forest Research", True),
    (
        "To the organisation\u2019s Freedom of Information Officer,",
        "the organisation\u2019s Freedom of Information Officer",
        True,
    ),
    ("Dear HS2 Ltd,", "HS2 Ltd", True),
    ("Dear Ms Pike,", "Ms Pike", False),
    ("Dear Sir/Madam", "Sir/Madam", False),
    # A title and a surname alone, with a comma: London Fire Brigade's acknowledgement.
    ("Mr Myers,", "Mr Myers", False),
    # An executive agency named for its building (a WhatDoTheyKnow request to Companies House).
    ("Dear Companies House,", "Companies House", True),
    ("Dear Northby Institute,", "Northby Institute", True),
    # A conservatoire (a WhatDoTheyKnow request to the Royal Conservatoire of Scotland); a federation of schools
    ("Dear Royal Conservatoire of Northby,", "Royal Conservatoire of Northby", True),
    ("Dear Northby Federation,", "Northby Federation", True),
    # A batch request to every body of a kind (a WhatDoTheyKnow request to 179 universities).
    ("Dear Universities,", "Universities", True),
    ("Dear Chief Constables of all Police Forces,", "Chief Constables of all Police Forces", True),
    # WhatDoTheyKnow greets a body by its listed name, article and all; no person's name starts with "The".
    ("Dear The Royal Parks,", "The Royal Parks", True),
    ("Dear The Rt Hon Jane Smith MP,", "The Rt Hon Jane Smith MP", False),
    ("To whom it may concern,", "whom it may concern", False),
    # Every greeting of patterns/letter.yaml opens a salutation, the one cleaning keeps apart from a wrapped line too.
    ("Good evening Mr Okafor,", "Mr Okafor", False),
    ("Annwyl Mr Pritchard / Dear Mr Pritchard", "Mr Pritchard", False),
    ("Annwyl Aisha / Hello Aisha,", "Aisha", False),
    # Without the "Good", before a name alone (a parish clerk's reply on WhatDoTheyKnow)
    ("Morning Jon", "Jon", False),
    # A body by its initials (the Health Research Authority on WhatDoTheyKnow); two letters are a person's.
    ("Dear HRA,", "HRA", True),
    ("Dear JJ", "JJ", False),
    ("Dear SIR,", "SIR", False),
    # An NHS body by its place and its kind's initials (a WhatDoTheyKnow request to Bradford and Airedale Teaching PCT).
    ("Dear Bradford PCT,", "Bradford PCT", True),
    ("Dear Northby CCG,", "Northby CCG", True),
]


@pytest.mark.parametrize(("line", "addressee", "organisation"), GREETINGS, ids=[g[0] for g in GREETINGS])
def test_greetings(line: str, addressee: str, organisation: bool) -> None:
    assert addressee_of(line) == addressee
    assert addresses_an_organisation(line) is organisation


def _layout(text: str) -> Layout:
    return segment(clean(read_text(text)), get_catalogue())


def _messages(text: str) -> list[tuple[str, bool]]:
    cleaned = clean(read_text(text))
    layout = segment(cleaned, get_catalogue())
    return [(cleaned.text[m.start : m.end].strip().split("\n", 1)[0], m.from_requester) for m in layout.messages]


def test_a_request_signed_with_a_name_alone_ends_at_the_replys_greeting() -> None:
    text = (
        "Dear Office of Communications,\n\nPlease may I have your policy.\n\nMr James\n\n"
        "Jo Smith, Office of Communications\n\nDear Mr James\n\nWe do not hold a policy document.\n"
    )
    assert _messages(text) == [("Dear Office of Communications,", True), ("Dear Mr James", False)]


def test_a_logs_dated_reply_heading_ends_a_numbered_request_with_no_sign_off() -> None:
    # The Moray Council's log: "Request 101000377814" heads a request for a review greeting no one and signed by no
    # one; "Response 08-10-2015", the date after a space, starts the council's reply
    text = (
        "FOI Request - Prevent Duty Guidance - Review\n\nRequest 101000377814\n\nDear Sir/Madam,\n\nI would like "
        "to request that review is held into the initial response to my FOI request.\n\nI trust that you will "
        "reconsider your decision.\n\nResponse 08-10-2015\n\nFollowing your request for a review of our response, "
        "this was held at the council offices yesterday.\n"
    )
    assert _messages(text) == [("FOI Request - Prevent Duty Guidance - Review", True), ("Response 08-10-2015", False)]


def test_a_request_greeting_no_one_is_the_requesters_when_its_signer_is_greeted_below() -> None:
    # A WhatDoTheyKnow request to Stockport Metropolitan Borough Council whose first sentence asks nothing
    text = (
        "Dear Sir or Madam,\n\nSince the inception of the Freedom of Information Act to date\n\n1)how many "
        "requests has the council received?\n\nYours faithfully,\n\nT Thomas\n\nFOI Officer, Northby Borough "
        "Council\n\nDear T Thomas,\n\nThank you for your request, reference FOI 1585.\n\nYours sincerely,\n\n"
        "Claire Naven\n"
    )
    assert _messages(text) == [("Dear Sir or Madam,", True), ("FOI Officer, Northby Borough Council", False)]


def test_a_reply_greeting_no_one_is_not_the_requesters_when_the_requester_writes_back_to_its_signer() -> None:
    text = (
        "Dear Sir or Madam,\n\nThank you for your request. We hold no such list.\n\nYours sincerely,\n\nClaire "
        "Naven\n\nDear Claire Naven,\n\nPlease review your answer to my request.\n\nYours sincerely,\n\nT Thomas\n"
    )
    assert _messages(text)[0] == ("Dear Sir or Madam,", False)


def test_a_greeting_to_no_one_under_the_bodys_greeting_starts_no_reply() -> None:
    # A WhatDoTheyKnow request to the Royal Conservatoire of Scotland, cut before its sign-off
    text = (
        "Dear Royal Conservatoire of Northby,\n\nTo Whom It May Concern,\n\nI am writing to request information under "
        "the Freedom of Information (Scotland) Act 2002.\nI look forward to your response within 20 working days.\n"
    )
    assert _messages(text) == [("Dear Royal Conservatoire of Northby,", True)]


def test_a_bare_greeting_starts_a_message_after_a_signed_request() -> None:
    text = (
        "Dear Northby Fire Brigade,\nPlease list your vehicles.\nYours faithfully,\n\nSam Lee\n\nNorthby Fire Brigade\n\n"
        "Mr Lee,\n\nThank you for your request.\n"
    )
    assert [requester for _first, requester in _messages(text)] == [True, False]
    assert _layout(text).salutations[-1].text == "Mr Lee,"


def test_a_timetables_morning_session_is_no_greeting() -> None:
    assert addressee_of("Morning Session") is None
    assert addressee_of("Afternoon Tea,") is None
    assert addressee_of("Morning Jon") == "Jon"


def test_the_requester_writing_on_of_my_requisition_is_the_requesters() -> None:
    # the requester's complaint to the Conservators of the River Cam's river manager on WhatDoTheyKnow
    text = (
        "Dear Sir\n\nPlease provide the River Cam Bye-laws.\n\nYours faithfully\nNick Brown\n\nHello Nick,\n\nWe do "
        "not fall under the Act.\n\nKind regards\nJed\n\nDear Mr Ramsay\n\nI note that you have refused my "
        'requisition of information made to the Conservators (the "Conservators") under the Freedom of Information Act.'
    )
    assert [requester for _first, requester in _messages(text)] == [True, False, True]


def test_whatdotheyknows_old_page_header_is_no_greeting() -> None:
    # a 2009 WhatDoTheyKnow page (a request to the Joint Nature Conservation Committee): the site's "Hello!" above
    # the request made it a message greeting no one, and the request below it not the requester's
    text = (
        "Hello! (Sign in or sign up)\n\nTrack this request\n\nNVC database\n\nSusan Davis\n\n6 April 2009\n\n"
        "Dear Sir or Madam,\n\nPlease could you tell me whether you hold a central database?\n\nYours faithfully,"
        "\n\nSusan Davis\n"
    )
    assert [line.text for line in _layout(text).salutations] == ["Dear Sir or Madam,"]
    assert [requester for _first, requester in _messages(text)] == [True]


def test_an_address_block_name_is_no_greeting() -> None:
    text = "Mr N Gregory\n12 High Street\n\nDear Mr Gregory\n\nThank you for your request.\n"
    assert [line.text for line in _layout(text).salutations] == ["Dear Mr Gregory"]


_WRAPPED_REVIEW_RIGHTS = (
    "If you are dissatisfied with how this request has been handled, you can seek a\nreview within the Trust in the "
    "first instance. You should write to: Public Liaison\nService within two months of the date of this response\nand "
    "your complaint will be considered and a response provided usually within 20\nworking days of receipt.\nThe "
    "figures above were produced by the Information Services Department.\n" + "Table row 1 2 3\n" * 50
)


# (text, the words to look up, the boilerplate kind expected there or None)
BOILERPLATE = [
    (
        "The Information Commissioner can be reached at Wycliffe House, Water Lane, Wilmslow.\n",
        "Wycliffe House",
        "commissioner",
    ),
    (
        "We can confirm that the Service does hold some information to which your request relates and this is being "
        "provided to you. We have also provided you with links to guidance issued by the Information Commissioner's "
        "Office which we have followed in responding to your request.\n",
        "does hold some information",
        None,
    ),
    (
        "This reply follows guidance published by the Information Commissioner on the cost limit.\n",
        "follows guidance",
        None,
    ),
    (
        # the London Borough of Richmond upon Thames: the commissioner's decisions the reply follows, not the right
        # to complain to the commissioner
        "In accordance with recent Information Commissioner's Office decisions, I am treating this as an environmental "
        "information request under the Environmental Information Regulations 2004 (EIRs) and this letter acts as a "
        "Public Interest Refusal Notice.\n",
        "Refusal Notice",
        None,
    ),
    (
        # West Berkshire Council's review letter on WhatDoTheyKnow: the banner is its line, the letterhead below with
        # no blank line between is the letter's
        "This is an HTML version of an attachment to the Freedom of Information request 'looked after children'.\n"
        "17 November 2009\nWest Berkshire District Council\nOur Ref: FoI/2009/IR/07\n\nDear Mrs Wileman,\n",
        "Our Ref",
        None,
    ),
    (
        "This is an HTML version of an attachment to the Freedom of Information request 'looked after children'.\n",
        "looked after",
        "whatdotheyknow",
    ),
    # Belfast Health and Social Care Trust's letter as a PDF's text, no blank line for a long way: the review rights
    # run on while their sentence does, and end with it
    (_WRAPPED_REVIEW_RIGHTS, "within 20", "review_rights"),
    (_WRAPPED_REVIEW_RIGHTS, "The figures above", None),
]


@pytest.mark.parametrize(("text", "words", "kind"), BOILERPLATE, ids=[b[1] for b in BOILERPLATE])
def test_boilerplate_paragraphs(text: str, words: str, kind: str | None) -> None:
    cleaned = clean(read_text(text))
    layout = segment(cleaned, get_catalogue())
    assert layout.boilerplate_kind(cleaned.text.index(words)) == kind


# (text, whether its one message is the requester's)
GREETED_NO_ONE = [
    (
        "Parking Ticket Data\n\nNeil made this Freedom of Information request to Northby Council\n\nNeil\n\n1 August "
        "2009\n\nDear Sir or Madam,\n\nUnder the Freedom of Information Act 2000 I would like to request\nsome "
        "information relating to parking.\n\n1. The raw data set of parking tickets.\n",
        True,
    ),
    ("Dear Sir/Madam\n\nPlease provide the number of potholes repaired in 2023.\n", True),
    # a WhatDoTheyKnow request to the London Development Agency
    (
        "Dear Sir or Madam,\n\nUnder the Freedom of Information Act 2000 I seek the following\ninformation for the "
        "months and years since the Committee came into existence:\n\n1. Agendas for each meeting.\n",
        True,
    ),
    (
        "Dear Sir or Madam\n\nThank you for your request for information. I would like to apologise for the delay.\n",
        False,
    ),
    ("Dear Sir or Madam,\n\nWe do not hold the information you asked for.\n", False),
    # A greeting alone (a WhatDoTheyKnow request to East Staffordshire Borough Council; Historic England's "Hi there,")
    (
        "Good afternoon,\nI would like to request the following information under the Freedom of Information act:\n",
        True,
    ),
    ("Hi there,\nI'd like to request the following information (under the Freedom of Information Act):\n", True),
    ("Good afternoon,\nPlease find attached our response to your request.\n", False),
    # A reply's first sentence ends at its colon, above the request it quotes (a Midlands NHS trust's letter).
    (
        "Hello,\nFurther to your recent request made under the Freedom of Information Act 2000, please see\ndetailed "
        "below and attached the Trust's response:\nPlease provide ECT information under\nthe FOI act to the "
        "following questions: -\n1.Please supply patient's information ECT leaflet.\nPlease see attached.\n",
        False,
    ),
    # "Sir /Madam" with one space, and "I write to you, requesting" (a WhatDoTheyKnow request to the North East
    # Ambulance Service)
    (
        "Dear Sir /Madam,\n\nI write to you, requesting information under the provisions of the FOIA 2000.\n\n"
        "1) The terms of reference for the investigation\n",
        True,
    ),
    # A WhatDoTheyKnow request to NHS 24 says what it is in its first sentence.
    (
        "Dear Sir or Madam,\nThis is a request for information under the Freedom of Information (Scotland) Act 2002."
        "\nPlease provide me with the minutes of the private sessions of the Board.\n",
        True,
    ),
    # ... and a reply that says what it handled is not one
    ("Dear Sir or Madam,\nThis is a response to your request for information under the Act.\n", False),
    # A WhatDoTheyKnow request to Essex County Council greets no one with "To whom it may concern,".
    (
        "To whom it may concern,\n\nI am making this request under the Freedom of Information Act 2000.\n\n"
        "1. What is the council's budget for supported bus services?\n",
        True,
    ),
]


def test_kindest_regards_signs_off_the_request() -> None:
    text = (
        "Dear Sir or Madam,\n\nThis concerns your staff intranet.\n\n1. Screenshots of it.\n\nKindest regards,\n"
        "J Johnston\n\nInformation Rights, Northby Agency\n\nDear Mr Johnston\n\nA response will be sent soon.\n"
    )
    assert [first for first, _requester in _messages(text)] == [
        "Dear Sir or Madam,",
        "Information Rights, Northby Agency",
    ]


def test_with_thanks_signs_off_the_request() -> None:
    text = (
        "Dear HRA,\nPlease provide copies of the formal advice of CAG to the project with HRA reference 22/CAG/0129."
        "\nWith thanks\nSam Smith\nDear Sam,\nThank you for your email dated 22 August 2023.\n"
    )
    assert [(first, requester) for first, requester in _messages(text)] == [
        ("Dear HRA,", True),
        ("Dear Sam,", False),
    ]
    assert parse_text(text).reference is None


def test_a_reply_greeting_a_person_follows_a_request_greeting_no_one_without_a_sign_off() -> None:
    # The Marine Management Organisation's log: the request ("Dear Sir, / Under the terms of the Freedom Of
    # Information Act I am making a formal request ...") has no sign-off before the reply's greeting.
    text = (
        "Dear Sir,\n\nUnder the terms of the Freedom Of Information Act I am making a formal request for details of "
        "board meetings.\n\n14 September 2023\nDear Mr Glover,\nThank you for your request for information.\n"
    )
    assert _messages(text) == [("Dear Sir,", True), ("Dear Mr Glover,", False)]


@pytest.mark.parametrize(("text", "requester"), GREETED_NO_ONE, ids=[g[0][:40] for g in GREETED_NO_ONE])
def test_a_greeting_to_no_one_is_the_requesters_when_the_first_sentence_asks(text: str, requester: bool) -> None:
    assert [from_requester for _first, from_requester in _messages(text)][-1] is requester


def test_a_whatdotheyknow_reply_with_no_greeting_starts_at_its_sender_line() -> None:
    text = (
        "Dear Northby County Borough Council,\n\n1. The school funding formula.\n\nYours faithfully,\n\nEliane Wigzell"
        "\n\nFOI Team, Northby County Borough Council\n\nThank you for your Freedom of Information request received "
        "today, 11th June 2019.\n"
    )
    assert _messages(text) == [
        ("Dear Northby County Borough Council,", True),
        ("FOI Team, Northby County Borough Council", False),
    ]


def test_a_reply_restating_the_requests_items_under_its_signature_starts_there() -> None:
    # Central Foundation Girls' School on WhatDoTheyKnow, the page showing no sender line above its reply
    text = (
        "Dear Northby Girls' School, London,\n\nPlease send to me:\n1: A copy of your Prevent policy\n2: Data on "
        "referrals, including the number of referrals, by year\nYours faithfully,\nSam Andrews\nNorthby Girls \u2013 "
        "FOI Request:\n1: A copy of your Prevent policy \u2013 attached.\n2: Data on referrals, including the number "
        "of referrals, by year \u2013 we have referred no students.\n"
    )
    assert _messages(text) == [("Dear Northby Girls' School, London,", True), ("Northby Girls - FOI Request:", False)]
    # not a later line of the requester's own that merely numbers something else
    other = text.replace("1: A copy of your Prevent policy \u2013 attached.", "1: Further to the above, thank you.")
    other = other.replace("2: Data on referrals, including the number of referrals, by year \u2013", "2: And")
    assert [first for first, _requester in _messages(other)] == ["Dear Northby Girls' School, London,"]


# A WhatDoTheyKnow sender line naming a body the catalogue knows by a name with no word for a body, or by its name
# alone: (thread, its sender line, the same line naming an organisation the catalogue does not know).
KNOWN_BODY_SENDERS = [
    pytest.param(
        # Wycombe District Council's e-form receipt, sent from the council's own address
        "Dear Wycombe District Council,\n\nPlease provide all emails about the petition.\n\nYours faithfully,\n\n"
        "Northby Residents Association\n\nWycombe District Council\n\nYour Eform 'Northby FOI (1.0).wdf' was "
        "successfully submitted.\nDate Submitted: 15/11/2017 14:26:47\n",
        "Wycombe District Council",
        "Northby Residents Society",
        id="the-bodys-name-alone",
    ),
    pytest.param(
        # Bòrd na Gàidhlig's automatic reply in Gaelic
        "Dear Bòrd na Gàidhlig,\n\nThis is a Freedom of Information request.\n\n1. How much has been spent?\n\n"
        "Yours faithfully,\n\nAlly Tibbitt\n\nOifis Bord, Bòrd na Gàidhlig\n\nTapadh leibh airson bhur "
        "teachdaireachd.\n",
        "Oifis Bord, Bòrd na Gàidhlig",
        "Ally Tibbitt, Northby Gaelic Circle",
        id="a-name-with-no-word-for-a-body",
    ),
]


@pytest.mark.parametrize(("text", "sender", "unknown_sender"), KNOWN_BODY_SENDERS)
def test_a_sender_line_may_name_a_body_the_catalogue_knows(text: str, sender: str, unknown_sender: str) -> None:
    greeting = text.split("\n", 1)[0]
    assert _messages(text) == [(greeting, True), (sender, False)]
    # A signer's own organisation the catalogue does not know stays the signer's.
    unknown = text.replace(f"\n\n{sender}\n", f"\n\n{unknown_sender}\n")
    assert unknown != text
    assert [requester for _first, requester in _messages(unknown)] == [True]


def test_a_greeting_to_a_person_under_a_request_greeting_no_one_starts_the_reply() -> None:
    # Bartley Green School on WhatDoTheyKnow, the request printed without its greeting or sign-off.
    request = (
        "Schools RAAC\nI hope whoever is reading this is well. This is a request under the Freedom of Information "
        "Act.\n1) Was your school built between the 1960s and 1980s?\n2) Is there RAAC in the school?\n"
    )
    reply = "Dear Yohannes\nPlease see responses below:\n1) YES\n2) NO\nKind regards\nNorthby School\n"
    assert _messages(request + reply) == [("Schools RAAC", True), ("Dear Yohannes", False)]
    # Without the requester's words above it, the greeting is the letter's own, under its letterhead.
    letterhead = "Northby School\nSchool Lane\nNorthby NB1 1AA\n"
    assert _messages(letterhead + reply) == [("Northby School", False)]
    # Nor does the request quoted in the letter's subject line, under its reference and date, start a message.
    subject = (
        "Northby Council\nOur ref: FOI 1234\n12 March 2020\nRe: Freedom of Information request - I would like to "
        "request copies of the parking contract\n"
    )
    assert _messages(subject + reply) == [("Northby Council", False)]
    dated = "Northby Council\n12 March 2020\nYour request: I would like to request copies of the parking contract\n"
    assert _messages(dated + reply) == [("Northby Council", False)]


def test_a_logs_reply_heading_under_a_request_to_the_body_starts_the_reply() -> None:
    # UK Research and Innovation's log copies a WhatDoTheyKnow request, greeting and all, with no sign-off.
    text = (
        "Request Received: 1 May 2023\n\nDear Northby Geological Survey,\n\nPlease could you provide me with copies "
        "of all records held about the project?\n\nI look forward to hearing from you in due course.\n\n"
        "Response Sent: 31 May 2023\n\nThank you for your request. Some of the information is exempt.\n"
    )
    assert _messages(text) == [
        ("Request Received: 1 May 2023", True),
        ("Response Sent: 31 May 2023", False),
    ]
    record = parse_text(text)
    assert (record.doc_type, record.outcome) == ("response", "partial")


def test_a_request_a_letter_introduces_and_quotes_greeting_and_all_is_the_requesters_between_the_letters_words() -> (
    None
):
    # Northumbria Healthcare NHS Foundation Trust's acknowledgement letter, rendered as a page: its introduction, the
    # request quoted from its greeting to the trust, then the letter's own words with no sign-off between.
    text = (
        "Northumbria Healthcare NHS Foundation Trust\n\nDate:02 November 2018\n\nFreedom of Information Request \u2013 "
        "Acknowledgement Document\n\nI am writing to you in relation to your request for information, which was "
        "received by Northumbria Healthcare NHS Trust on 02 November 2018. The request for information is as "
        "follows:\n\nDear Northumbria Healthcare NHS Foundation Trust,\n\n1) Please can you confirm your total spend "
        "on temporary Theatre staff during the financial year 2014-15?\n\n2) Please can you confirm the names of the "
        "organisation/s you procure temporary theatre staff from?\n\nYour request is now being processed in "
        "accordance with the Freedom of Information Act 2000. Your response should be sent to you within the "
        "statutory timescale of 20 working days as governed by the Act, subject to the information not meeting "
        "exemption criteria or containing reference to a third party. In certain circumstances Northumbria "
        "Healthcare NHS Trust may be unable to provide the information within 20 working days. We will then inform "
        "you of the revised timescale prior to the 20 working days deadline.\n"
    )
    assert [(first[:40], requester) for first, requester in _messages(text)] == [
        ("Northumbria Healthcare NHS Foundation Tr", False),
        ("Dear Northumbria Healthcare NHS Foundati", True),
        ("Your request is now being processed in a", False),
    ]
    record = parse_text(text)
    assert (record.doc_type, record.outcome) == ("acknowledgement", "acknowledged")


def test_a_logs_reply_confirming_it_holds_what_was_asked_under_a_request_to_the_body_starts_the_reply() -> None:
    # The Northamptonshire Police, Fire and Crime Commissioner's log: the request, greeting and all, then the reply with
    # no heading, its first paragraph confirming the office holds what was asked.
    text = (
        "FOI 15082020-1 \u2013 Safer Streets\n\nDear Northby Police, Fire and Crime Commissioner,\n\nPlease provide "
        "the following information:\n\n  1. Did your office apply\n  2. Provide a copy of your application(s)\n\n"
        "I can confirm that the Office of the Northby Police, Fire and Crime Commissioner (OPFCC) holds information "
        "that you have asked for but in this case we will not be providing you with copies of the audit as it is "
        "exempt from disclosure.\n\nWe believe that releasing all the information requested would be likely to "
        "prejudice the prevention or detection of crime (section 31(1) (a) of the Act).\n"
    )
    assert _messages(text) == [
        ("FOI 15082020-1 - Safer Streets", True),  # (clean has made the dash a hyphen)
        (
            "I can confirm that the Office of the Northby Police, Fire and Crime Commissioner (OPFCC) holds information "
            "that you have asked for but in this case we will not be providing you with copies of the audit as it is "
            "exempt from disclosure.",
            False,
        ),
    ]
    assert parse_text(text).exemptions[0].section == "31(1)(a)"


def test_a_forwarded_chain_posted_as_a_page_is_the_document_newest_message_first() -> None:
    # A campaign's page reposting an email chain, newest first (North East Lincolnshire Council's reply under the
    # requester's answer to it): no message of the chain is a quotation of an older document.
    text = (
        "UK Family Law Reform\n\nFree information index\n\n----- Original Message -----\nFrom: dave@example.co.uk\n"
        "To: FOI@northby.gov.uk\nSent: Friday, April 25, 2014 4:27 PM\nSubject: Re: Freedom of Information Request "
        "7170_1314\n\nDear Northby Council,\n\nIt will never be possible to protect children from abuse.\n\nBest "
        "regards Dave\n\n----- Original Message -----\nFrom: FOI@northby.gov.uk\nTo: dave@example.co.uk\nSent: "
        "Friday, April 25, 2014 12:05 PM\nSubject: Freedom of Information Request 7170_1314\n\nDear Mr Mortimer\n\n"
        "Thank you for your follow up request, reference number 7170_1314.\n\nI wish to confirm that Northby Council"
        " are aware that there is no legislation which requires local authorities to hold this information.\n"
    )
    layout = segment(clean(read_text(text)), get_catalogue())
    assert [m.quoted for m in layout.messages] == [False] * len(layout.messages)
    record = parse_text(text)
    assert (record.doc_type, record.response_date) == ("response", dt.date(2014, 4, 25))


def test_a_letter_to_the_requester_quoted_whole_under_a_colon_is_no_quoted_request() -> None:
    # A requester's blog quoting Rotherham Metropolitan Borough Council's refusal, then the requester's answer.
    text = (
        "Day 30 of my FOI Request and the refusal has arrived. Here is the full text:\n\nRMBC letter reads thus:\n\n"
        "\u201cDear Mr Longley,\n\nI refer to your recent request for information regarding all the agendas of the "
        "Board.\n\nIt has been estimated that retrieval of all the information requested would exceed the cost limit "
        "as detailed in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004."
        "\n\nYours sincerely,\n\nSarah Corbett\nInformation Governance Manager\nNorthby Metropolitan Borough "
        "Council\u201d\n"
    )
    cleaned = clean(read_text(text))
    assert segment(cleaned, get_catalogue()).quoted_requests == []
    assert parse_text(text).doc_type == "refusal"


def test_a_quoted_request_the_page_cuts_before_it_closes_runs_to_the_end() -> None:
    # The Department for Work and Pensions' reply quoting the request, the text cut inside the quotation: the
    # requester's account of an earlier request to clarify is not the reply asking for clarification.
    text = (
        "Our Ref: FOI2023/93842\n8 December 2023\nDear Amanda Hart,\nThank you for your Freedom of Information (FoI) "
        "request received on 5 December. You wrote:\n\u201cBackground:\nOn 12th October 2023 you stated that "
        "clarification was needed and asked us to be more specific.\nWe would therefore like to place this revised "
        "FoI request.\nI request access to summaries of correspondence about the reque"
    )
    layout = segment(clean(read_text(text)), get_catalogue())
    assert layout.quoted_requests and layout.quoted_requests[0][1] == len(layout.text)
    assert parse_text(text).doc_type == "response"
    closed = text + "st.\u201d\n\nOur response\n\nWe hold the information.\n"
    assert segment(clean(read_text(closed)), get_catalogue()).quoted_requests[0][1] < len(closed) - 20


def test_a_term_quoted_under_a_colon_and_defined_opens_no_quoted_request() -> None:
    # Essex County Council's log: the request defines its terms in quotation marks under "For clarity:", none of them
    # closes at a line's end, and the page is cut: the reply below is the council's, not a quoted request's to the end.
    text = (
        "Reference: ECC19947203 03 26\nResponse: 24 March 2026\nFor research purposes, please provide the following"
        " information:\nFor clarity:\n\u201crequests\u201d refers to all initial requests for an EHC needs"
        " assessment.\n\u201cplans issued\u201d refers to final EHCPS issued, excluding draft plans.\nQuestion 1 - The"
        " number of requests for an EHC Needs Assessment received by the Authority.\nQuestion 2 - The number of final"
        " EHC Plans issued.\nI can confirm that Essex County Council does hold this information, however from our"
        " preliminary assessment, we estimate that compliance with your request would exceed the appropriate costs"
        " limit under section 12 of the Freedom of Information Act 2000. This is currently \u00a3450 and is"
        " \u201cthe appropriate limit\u201d for local authorities and the rea"
    )
    layout = segment(clean(read_text(text)), get_catalogue())
    assert layout.quoted_requests == []
    assert [(e.act, e.section) for e in parse_text(text).exemptions] == [("FOIA", "12")]


def test_a_quoted_request_closed_before_its_full_stop_ends_there() -> None:
    # Transport for London's published reply: the request quoted under a colon, its closing mark before the sentence's
    # stop; the redaction in the reply below is the reply's exemption, not the request's words.
    text = (
        "Request ID: FOI-2388-2324\nSpecifically you asked the following:\n\u201cCould you please provide any "
        "communications or minutes that have taken place since March 2023?\u201d.\nI can confirm that we hold the "
        "information you require.\nThe communications are attached. Some details have been redacted under section "
        "40(2) of the Freedom of Information Act, the exemption that protects against the unfair release of personal "
        "data.\nYours sincerely,\nDavid Wells FOI Case Officer\nNorthby Transport"
    )
    layout = segment(clean(read_text(text)), get_catalogue())
    assert layout.quoted_requests and layout.text[layout.quoted_requests[0][1] - 2 :].startswith('".\nI can')
    record = parse_text(text)
    assert [(e.act, e.section) for e in record.exemptions] == [("FOIA", "40(2)")]


def test_a_response_heading_inside_a_reply_to_a_person_splits_nothing() -> None:
    text = (
        "Dear Ms Pike,\n\nThank you for your request.\n\nResponse\n\nWe hold the information; it is attached.\n\n"
        "Yours sincerely,\n\nAnna Lee\n"
    )
    assert _messages(text) == [("Dear Ms Pike,", False)]


def test_a_reply_greeting_a_firm_is_not_the_requesters() -> None:
    # the Solicitors Regulation Authority's letter to a firm of solicitors
    text = (
        "Our Ref: TC/2018/119\nJuly 2018\nDear Northby LLP,\nInformation request - Our Ref: TC/2018/119\nI am writing "
        "in response to your email of 5 July 2018.\nYou requested the following information:\n"
    )
    assert _messages(text) == [("Our Ref: TC/2018/119", False)]


def test_a_request_to_a_body_writing_in_reply_to_its_letter_is_the_requesters() -> None:
    text = "Dear Northby Council,\nThank you for your letter. I would like an internal review of my request.\n"
    assert _messages(text) == [("Dear Northby Council,", True)]


def test_a_sender_line_may_name_an_email_address() -> None:
    # City of York Council's acknowledgement on WhatDoTheyKnow.
    text = (
        "Dear Northby City Council,\n\nPlease give all addresses and identify the alleged breaches.\n\nYours "
        "faithfully,\n\nMatt Laver\n\nfoi@northby.gov.uk, Northby City Council\n\nThank you for your enquiry. You "
        "will receive a response within 20 working days.\n"
    )
    assert _messages(text) == [
        ("Dear Northby City Council,", True),
        ("foi@northby.gov.uk, Northby City Council", False),
    ]


def test_a_heading_of_two_phrases_repeated_in_a_request_is_no_sender_line() -> None:
    # A WhatDoTheyKnow request to Luton and Dunstable Hospital NHS Foundation Trust quoting two funded projects, each
    # under "Safer Hospitals, Safer Ward": no body is named after the comma, so no message of the body's starts there.
    text = (
        "Dear Northby Hospital NHS Foundation Trust,\n\nI notice that you were successful in securing funding.\n\n"
        "Safer Hospitals, Safer Ward\nProject Name: Electronic Prescribing and Administration System (EPMA)\n\n"
        "Safer Hospitals, Safer Ward\nProject Name: OPAL - an open source safe patient list\n\n1. Does your "
        "organisation have an Open Source Strategy?\n\nYours faithfully,\n\nBen Sewell\n"
    )
    assert _messages(text) == [("Dear Northby Hospital NHS Foundation Trust,", True)]


SENDER_LINE_THREADS = [
    pytest.param(
        # Southport and Ormskirk Hospital NHS Trust's acknowledgement on WhatDoTheyKnow: the body's whole name in
        # brackets in its sender line
        "Dear Southport and Ormskirk Hospital NHS Trust,\n\nDoes the Trust have an Electronic Patient Record?\n\n"
        "Yours faithfully,\n\nMark Simmons\n\nFOI (Southport and Ormskirk Hospital NHS Trust), Southport and Ormskirk "
        "Hospital NHS Trust\n\nThank you for your email received by the Freedom of Information team at Southport and "
        "Ormskirk Hospital NHS Trust.\n",
        [
            ("Dear Southport and Ormskirk Hospital NHS Trust,", True),
            ("FOI (Southport and Ormskirk Hospital NHS Trust), Southport and Ormskirk Hospital NHS Trust", False),
        ],
        ("acknowledgement", "acknowledged"),
        id="a-sender-line-may-name-its-body-in-brackets",
    ),
    pytest.param(
        # Canterbury City Council on WhatDoTheyKnow: the acknowledgement, then the reply under the same sender line
        "Dear Canterbury City Council,\n\n1) Please confirm your annual spend for the listed services.\n\nYours "
        "faithfully,\n\nA.G Emmanuel\n\nCCC FOI, Canterbury City Council\n\nThank you for submitting a Freedom of "
        "Information request.  Your email has\nbeen forwarded to the Freedom of Information and Data\nProtection "
        "Coordinator.\nWe endeavour to respond to all Freedom of Information requests within 20\nworking days.\nKind "
        "regards\nFreedom of Information Team\nCanterbury City Council\n\nCCC FOI, Canterbury City Council\n\nThank you "
        "for your freedom of information request.\n\nPlease see below for our response.\n\nIf you are unhappy with the "
        "way your enquiry has been dealt with, you may\nask for an internal review.\n",
        [
            ("Dear Canterbury City Council,", True),
            ("CCC FOI, Canterbury City Council", False),
            ("CCC FOI, Canterbury City Council", False),
        ],
        ("response", "unknown"),
        id="a-sender-line-repeated-heads-the-bodys-next-message",
    ),
]


@pytest.mark.parametrize(("text", "messages", "ending"), SENDER_LINE_THREADS)
def test_sender_lines_head_the_bodys_messages(
    text: str, messages: list[tuple[str, bool]], ending: tuple[str, str]
) -> None:
    assert _messages(text) == messages
    record = parse_text(text)
    assert (record.doc_type, record.outcome) == ending


def test_a_sender_line_after_an_emails_links_starts_the_next_message() -> None:
    # Wandsworth Borough Council's acknowledgement, then its reply with no greeting.
    text = (
        "Dear Northby Borough Council,\n\n1. minutes of the preliminary discussions;\n\nYours faithfully,\n\nAlex "
        "Sykes\n\nFreedom Of Information, Northby Borough Council\n\nThank you for your request for information "
        "received on 21/11/2017.\n\nRegards\n\nFOI and DPA Officer\n[1][Northby Council request email]\n\n"
        "References\n\nVisible links\n1. mailto:[Northby Council request email]\n\nPalmer, Jeanine, Northby Borough "
        "Council\n\nI refer to your request for information received on 21/11/17. Please find our response below.\n"
    )
    assert _messages(text) == [
        ("Dear Northby Borough Council,", True),
        ("Freedom Of Information, Northby Borough Council", False),
        ("Palmer, Jeanine, Northby Borough Council", False),
    ]


def test_a_list_item_after_a_signature_is_no_sender_line() -> None:
    # A request pasted twice: its item "g) any shared services ..., stating what ..." is not a WhatDoTheyKnow sender.
    text = (
        "Dear Northby Department,\n\ng) any shared services that your department purchases, stating what services "
        "are provided\nYours faithfully,\nWilliam Olde\ng) any shared services that your department purchases, "
        "stating what services are provided\n"
    )
    assert [requester for _first, requester in _messages(text)] == [True]


_TWO_ENTRIES = (
    "Requests\n\nContact details for the person who deals with your cleaning contracts\n\nDate submitted: 23 May 2017\n\n"
    "Summary of request\n\nI was hoping to gather the contact details of the person who deals with cleaning.\n\n"
    "Summary of response\n\nSimon Allchurch, Senior Building Surveyor\n\nDate responded: 23 May 2017\n\n"
    "Spending on victims of domestic abuse\n\nDate submitted: 19 May 2017\n\nSummary of request\n\nSpending on "
    "13-17 year old victims.\n\nSummary of response\n\nThe requested information is not held by the District "
    "Council.\n\nDate responded: 19 May 2017\n"
)


def test_a_page_of_several_requests_reads_the_later_ones_as_boilerplate() -> None:
    # East Devon District Council's published requests: the first entry is the document (LABELLING.md)
    layout = _layout(_TWO_ENTRIES)
    second = _TWO_ENTRIES.index("Spending on victims")
    assert layout.boilerplate_kind(second) == "later_entries"
    assert layout.boilerplate_kind(second - 3) is None
    assert layout.boilerplate_kind(_TWO_ENTRIES.index("not held")) == "later_entries"


def test_one_entry_with_its_dated_fields_has_no_later_entries() -> None:
    text = _TWO_ENTRIES[: _TWO_ENTRIES.index("Spending on victims")]
    layout = _layout(text)
    assert all(kind != "later_entries" for _start, _end, kind in layout.boilerplate)


_STACKED_ENTRIES = (
    "November 2025\n\nFreedom of Information (Scotland) Act 2002 requests that have been received by NHS Northby "
    "during November 2025.\n\nReference\n\nFOI/00104 \u2013 Board hospitality costs\n\nResponse date\n\n04/11/2025\n\n"
    "Information requested\n\nHow much has been spent on any catering and/or hospitality costs for any and all Board "
    "meetings in each of the following financial years: 2019/20, 2020/21 and 2021/22?\n\nResponse\n\nNHS Northby has "
    "considered your request and is pleased to provide the information requested in appendix 1 attached.\n\n"
    "Reference\n\nFOI/00105 \u2013 Executive management team salaries\n\nResponse date\n\n13/11/2025\n\nInformation "
    "requested\n\nPlease provide the following information, as of 1st October 2025 (or most recent):\n\n  1. Number of "
    "Executive Management Team staff.\n  2. Breakdown of salaries, including how many earn over \u00a3100k.\n"
)


def test_a_pages_entries_with_each_key_stacked_over_its_date_read_the_second_as_a_later_entry() -> None:
    # NHS 24's monthly disclosure-log page: "Response date / (blank) / 04/11/2025" in every entry; the second entry's
    # numbered list is no question of the first, which asks in one paragraph.
    layout = _layout(_STACKED_ENTRIES)
    assert layout.boilerplate_kind(_STACKED_ENTRIES.index("FOI/00105")) == "later_entries"
    assert layout.boilerplate_kind(_STACKED_ENTRIES.index("Board hospitality")) is None
    assert parse_text(_STACKED_ENTRIES).questions == []
    one = _STACKED_ENTRIES[: _STACKED_ENTRIES.index("Reference\n\nFOI/00105")]
    assert all(kind != "later_entries" for _start, _end, kind in _layout(one).boilerplate)


_CASE_AND_DATE_ENTRIES = (
    "A list of frequently asked questions that Assets and Properties have received are available below -\n"
    "Request: 17311 Received: 29/09/2025\nPlease you provide a list of those land sales.\nSold Assets: "
    "https://www.northby.gov.uk/downloads/file/7156/sold-assets\nRequest: 17251 Received: 16/09/2025\nProvide the "
    "following information relating to your corporate estate:-\n1. Condition Surveys\n2. Energy Surveys\n"
)


def test_entries_headed_by_their_case_and_date_on_one_line_read_the_second_as_a_later_entry() -> None:
    # Shetland Islands Council's page of answered requests: "Request: 17311 Received: 29/09/2025" heads each
    layout = _layout(_CASE_AND_DATE_ENTRIES)
    assert layout.boilerplate_kind(_CASE_AND_DATE_ENTRIES.index("Request: 17251")) == "later_entries"
    assert layout.boilerplate_kind(_CASE_AND_DATE_ENTRIES.index("land sales")) is None
    assert parse_text(_CASE_AND_DATE_ENTRIES).questions == []


def test_an_email_threads_repeated_date_headers_are_no_entries() -> None:
    text = (
        "From: FOI Team\nDate: 3 May 2017\nSubject: Your request\n\nDear Mr Hill,\n\nPlease find our response.\n\n"
        "From: Mr Hill\nDate: 1 May 2017\nSubject: Request\n\nDear Council,\n\nPlease tell me the budget.\n"
    )
    layout = _layout(text)
    assert all(kind != "later_entries" for _start, _end, kind in layout.boilerplate)


def test_a_whatdotheyknow_threads_repeated_receipts_are_no_entries() -> None:
    # Wycombe District Council's e-form receipt sent twice, then the officer's reply.
    text = (
        "Northby Residents Association made this Freedom of Information request to Wycombe District Council\n\n"
        "Dear Wycombe District Council,\n\nPlease provide all emails about the petition.\n\nYours faithfully,\n\n"
        "Northby Residents Association\n\nWycombe District Council\n\nYour Eform 'Northby FOI (1.0).wdf' was "
        "successfully submitted.\nDate Submitted: 15/11/2017 14:26:47\n\nWycombe District Council\n\nYour Eform "
        "'Northby FOI (1.0).wdf' was successfully submitted.\nDate Submitted: 15/11/2017 16:22:45\n\nSarah Barfield, "
        "Wycombe District Council\n\nI am writing in connection with your request for information.\n"
    )
    layout = _layout(text)
    assert all(kind != "later_entries" for _start, _end, kind in layout.boilerplate)
    # The same page as a log's, without WhatDoTheyKnow's banner, reads the second receipt as a second entry.
    layout = _layout(text[text.index("\n\n") + 2 :])
    assert any(kind == "later_entries" for _start, _end, kind in layout.boilerplate)


def test_a_page_of_entries_headed_enquiry_1_and_2_reads_the_second_as_a_later_entry() -> None:
    # Weston Area Health NHS Trust's page of replies on never events: each enquiry with its signed reply.
    text = (
        "FOI Enquiries regarding Never Events\n\nENQUIRY 1\n\nI would like to make an FOI request. How many never "
        "events have taken place?\n\nPlease find attached the response to your recent enquiry.\n\nYours sincerely,"
        "\n\nJo Ward\n\nENQUIRY 2\n\nI request the following;\n\n1. For each of the past five financial years, the "
        "number of serious untoward incidents.\n"
    )
    layout = _layout(text)
    assert layout.boilerplate_kind(text.index("ENQUIRY 2")) == "later_entries"
    # A reply's own headings over the parts of one request, no sign-off between them, are no entries.
    reply = (
        "Dear Ms Ward,\n\nRequest 1\n\nHow many never events have taken place?\n\nThere were two.\n\nRequest 2\n\n"
        "How many serious incidents?\n\nThere were five.\n\nYours sincerely,\n\nFOI Officer\n"
    )
    assert all(kind != "later_entries" for _start, _end, kind in _layout(reply).boilerplate)


_THREAD_WRITTEN_ON = (
    "Dear Northby Department of Health,\n\nPlease provide a copy of the letter under reference RP123.\n\nYours "
    "faithfully,\n\nEd Robb\n\nSmith, John (DOH), Northby Department of Health\n\nEd\n\nWe have received your "
    "Freedom of Information request and I attach your acknowledgement letter.\n\nJohn Smith\n\nshow quoted sections"
    "\n\nDear Smith, John (DOH),\n\nMany thanks for your acknowledgement.\n\nYours sincerely,\n\nEd Robb\n\n"
    "show quoted sections\n\nDear Smith, John (DOH),\n\nMy FoI request refers. The Department has failed to"
)


def test_a_folded_quote_ends_a_message_and_the_requesters_later_ones_are_theirs() -> None:
    # The Department of Health (Northern Ireland) on WhatDoTheyKnow: the requester writes on to the officer who
    # acknowledged the request, signed as the request is, and again (cut before the signature) greeting the same.
    assert _messages(_THREAD_WRITTEN_ON) == [
        ("Dear Northby Department of Health,", True),
        ("Smith, John (DOH), Northby Department of Health", False),
        ("Dear Smith, John (DOH),", True),
        ("Dear Smith, John (DOH),", True),
    ]


# WhatDoTheyKnow threads cut into messages: (the first line of each message, written by the requester).
THREADS = [
    pytest.param(
        # Cleveland Fire Brigade's thread read through WhatDoTheyKnow's Welsh interface ("/cy/"): its acknowledgement's
        # footer, then the requester asking for an internal review.
        (
            "Dear Northby Fire Brigade,\n\nHow many balcony fires occurred?\n\nYours faithfully,\n\nStephen Cole\n\n"
            "Info, Northby Fire Brigade\n\nDear Stephen Cole,\n\nYour request for information has been received.\n\nKind "
            "Regards\nFreedom of Information Officer\nNorthby Fire Brigade\nEndeavour House\n\ndangos adrannau a "
            "ddyfynnir\n\nDear Northby Fire Brigade,\n\nPlease pass this on to the person who conducts Freedom of "
            "Information reviews.\n"
        ),
        [
            ("Dear Northby Fire Brigade,", True),
            ("Info, Northby Fire Brigade", False),
            ("Dear Northby Fire Brigade,", True),
        ],
        id="welsh-interface-folded-quote",
    ),
    pytest.param(
        # A WhatDoTheyKnow request to the General Dental Council: "Many thanks." over "Yours faithfully,", then the
        # council's automatic reply under its sender line.
        (
            "Dear Northby Dental Council,\n\nPlease can you provide explanations.\n\nMany thanks.\n\nYours faithfully,\n\n"
            "Victoria Holden\n\nFreedom of Information Requests, Northby Dental Council\n\nThank you for your message, "
            "which has been received by the Freedom of Information (FOI) Team.\n"
        ),
        [
            ("Dear Northby Dental Council,", True),
            ("Freedom of Information Requests, Northby Dental Council", False),
        ],
        id="closing-straight-under-another",
    ),
    pytest.param(
        # Greater Manchester Mental Health NHS Foundation Trust on WhatDoTheyKnow: its acknowledgement greets no one.
        (
            "Dear Northby NHS Foundation Trust,\n\nPlease share your criteria.\n\nYours faithfully,\n\nAnne Chaplin\n\n"
            "Freedom of Information,\n\nPlease consider this e-mail as acknowledgement of your FOI request.\n\nKind "
            "regards\n\nThe FOI Team\n\nFreedom of Information,\n\nDear Anne,\n\nPlease find attached the response.\n\n"
            "Kind regards\n\nThe FOI Team\n"
        ),
        [
            ("Dear Northby NHS Foundation Trust,", True),
            ("Freedom of Information,", False),
            ("Freedom of Information,", False),
        ],
        id="second-sign-off-no-greeting",
    ),
    pytest.param(
        # The General Optical Council on WhatDoTheyKnow: thanks straight under the greeting open its holding reply,
        # and the requester's chaser greets the officer who signed it, by a name spelt otherwise.
        (
            "Dear Northby Optical Council,\n\n1. Please send me the text.\n\nYours faithfully,\n\nSeth Belson\n\n"
            "Freedom of Information, Northby Optical Council\n\nDear Mr Belson,\n\nThank you for your email.\n\nI "
            "would like to apologise for the delayed response.\n\nYour request is currently being processed.\n\nKind "
            "regards\n\nWayne Elliott | Information Governance Manager\n\nshow quoted sections\n\nDear Mr. Elliot,\n\n"
            "Another two months has gone by without a satisfactory reply from you.\n"
        ),
        [
            ("Dear Northby Optical Council,", True),
            ("Freedom of Information, Northby Optical Council", False),
            ("Dear Mr. Elliot,", True),
        ],
        id="thanks-under-the-greeting-and-a-chaser-to-the-officer",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THREADS)
def test_thread_messages(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _messages(text) == expected


def test_a_reply_signed_by_someone_else_is_not_the_requesters() -> None:
    text = _THREAD_WRITTEN_ON.replace("Many thanks for your acknowledgement.\n\nYours sincerely,\n\nEd Robb", "x")
    text = text.replace(
        "Dear Smith, John (DOH),\n\nMy FoI request refers.", "Dear Mr Robb,\n\nThank you for your letter."
    )
    text += " replied.\n\nYours sincerely,\n\nJohn Smith\n"
    assert _messages(text)[-1] == ("Dear Mr Robb,", False)


def test_your_faithfully_signs_off_a_request() -> None:
    text = (
        "Dear Northby Borough Council,\n\n1. How many public toilets are there?\n\nYour faithfully,\n\nSam Pani\n\n"
        "foi, Northby Borough Council\n\nThank you for your email message. We aim to respond within 20 working days.\n"
    )
    assert _messages(text) == [("Dear Northby Borough Council,", True), ("foi, Northby Borough Council", False)]


def test_a_chase_to_the_officer_speaking_of_my_request_is_the_requesters() -> None:
    # The London Borough of Merton on WhatDoTheyKnow: the requester writes to the officer who acknowledged, cut
    # before the signature.
    text = (
        "Dear Northby Borough Council,\n\nWhat are the terms of the highway contract?\n\nYours faithfully,\n\nBarrie "
        "Lambert\n\nSam Godfrey, Northby Borough Council\n\nDear Mr Lambert\n\nThank you for your request. Please find "
        "attached an acknowledgement letter.\n\nSamantha Godfrey\n\nshow quoted sections\n\nDear Sam Godfrey,\n\n"
        "Further to your letter of 10 October 2011, the Borough's Response to my request has been delayed.\n\nAs you "
        "are aware"
    )
    assert [requester for _first, requester in _messages(text)] == [True, False, True]


def test_a_reply_quoting_my_request_after_its_first_sentence_is_the_authoritys() -> None:
    text = (
        "Our Ref: IR2022/85127\n11 November 2022\nDear Michelle Watts,\nThank you for your request received on 26th "
        'October. You wrote:\n"I am writing to request an internal review of the handling of my FOI request."\n'
    )
    assert [requester for _first, requester in _messages(text)] == [False]


def test_a_log_of_numbered_entries_reads_the_later_ones_as_boilerplate() -> None:
    # UK Research and Innovation's disclosure log: each entry numbered, opening with the date it was received.
    text = (
        "1,058 disclosures\n\n  1. Request Received: 21 May 2021\n\n    This is an FOI request concerning QUADRAT.\n\n"
        "    Published: 8 October 2021\n\n  2. Request Received: 15 January 2021\n\n    Please send me your LAN "
        "contract. We withheld it under section 43(2).\n"
    )
    layout = _layout(text)
    assert layout.boilerplate_kind(text.index("Please send me")) == "later_entries"
    assert layout.boilerplate_kind(text.index("This is an FOI")) is None


def test_a_log_of_entries_received_on_dates_in_words_reads_the_later_ones_as_boilerplate() -> None:
    # The Suffolk Police and Crime Commissioner's disclosure log: no colon after "Request received", the first entry's
    # reply a file, and a later entry's request greeting no one.
    text = (
        "the Police and Crime Commissioner maintains and publishes a Disclosure Log of responses.\n\n"
        "1. Request received 17 January 2018\n\nIn the financial years 15/16 and 16/17:\n\n1. How many grants were "
        "awarded?\n\n2. What was their total value?\n\nResponse sent 26 January 2018 (PDF, 330KB).\n\n"
        "2. Request received 19 January 2018\n\nDear Sir or Madam:\n\nPlease send me all of the information you hold "
        "about me.\n\nResponse sent 2 February 2018\n"
    )
    layout = _layout(text)
    assert layout.boilerplate_kind(text.index("Dear Sir")) == "later_entries"
    assert layout.boilerplate_kind(text.index("Response sent 26")) is None
    assert [requester for _first, requester in _messages(text)] == [False]
    record = parse_text(text)
    assert [(q.number, q.text, q.answers) for q in record.questions] == [
        ("1", "How many grants were awarded?", []),
        ("2", "What was their total value?", []),
    ]
    assert (record.doc_type, record.outcome) == ("response", "unknown")


def test_a_log_of_entries_headed_by_their_cases_reads_the_later_ones_as_boilerplate() -> None:
    # The Isle of Wight NHS Trust's monthly page: each request under its case alone on a line.
    text = (
        "May 2013\n\nFOI Number\n\nQuestions and Responses\n\nFOI12 138\n\n1. How much did the Trust receive in "
        "donations?\nResponse - £163k.\n\n2. How much for advertising?\nResponse - £700 a year.\n\nFOI12 229\n\nPlease "
        "provide for each GP surgery:\n\n1. Number of patients over 65 vaccinated.\n\n2. Number eligible.\n"
    )
    layout = _layout(text)
    assert layout.boilerplate_kind(text.index("FOI12 229")) == "later_entries"
    assert layout.boilerplate_kind(text.index("Number eligible")) == "later_entries"
    assert layout.boilerplate_kind(text.index("How much for advertising")) is None


def test_a_log_of_rows_each_a_case_and_a_title_reads_the_later_ones_as_boilerplate() -> None:
    # Allerdale Borough Council's monthly disclosure log: each row its case and title on one line, the request and its
    # answer below; the first row is the document.
    text = (
        "Disclosure Log - April 2013\n\nRef Brief description Request and response\nF13/162 EU benefit claimants\n\n"
        "What is the total number of people who applied for housing benefits whose nationality is from an EU "
        "country?\n\nTo determine the information requested would exceed the appropriate costs limit under Section 12"
        " of the Freedom of Information Act.\n\nF13/163 Credit on NNDR accounts\n\n(a) addresses and rateable values "
        "of all commercial properties that have any historic credit on their account above \u00a31,000. (b) the names "
        "and addresses of the owners of those properties referred to in (a) if they are a limited company.\n"
    )
    layout = _layout(text)
    assert layout.boilerplate_kind(text.index("F13/163")) == "later_entries"
    assert layout.boilerplate_kind(text.index("addresses and rateable values")) == "later_entries"
    assert layout.boilerplate_kind(text.index("EU benefit claimants")) is None
    assert parse_text(text).questions == []


def test_a_letters_case_repeated_on_every_page_is_no_second_entry() -> None:
    text = "FOI 1234\n\nDear Mr Hill,\n\n1. Figures for 2020.\n\nFOI 1234\n\n2. Figures for 2021.\n"
    layout = _layout(text)
    assert all(kind != "later_entries" for _start, _end, kind in layout.boilerplate)


def test_a_blogs_comment_form_and_all_below_it_are_page_furniture() -> None:
    text = (
        "Dear Dr Gordon\n\nPlease find below the reply to your FOI request. Payments are recorded on paper.\n\n"
        "Leave a Reply\n\nFill in your details below or click an icon to log in:\n\nWordPress.com Logo\n\nYou are "
        "commenting using your WordPress.com account. Log Out / Change )\n\nTwitter picture\n"
    )
    layout = _layout(text)
    assert layout.boilerplate_kind(text.index("WordPress.com Logo")) == "page_comments"
    assert layout.boilerplate_kind(text.index("Twitter picture")) == "page_comments"
    assert layout.boilerplate_kind(text.index("Payments are")) is None


# Plain-text emails quoting under "> " (clean takes the marks off and lists the lines).
_REPLY_ABOVE_QUOTED_REQUEST = (
    "Dear Ms Carter,\n\nThank you for your request. Our answers are below.\n\n1. We spent £41,200.\n\n"
    "Yours sincerely,\n\nPaul Jones\nNorthby Council\n\n"
    "On 3 June 2024, Jane Carter wrote:\n> Dear Northby Council,\n>\n> 1. How much did you spend on agency staff?\n"
    ">\n> Yours faithfully,\n> Jane Carter\n"
)
_ANSWERS_UNDER_QUOTED_QUESTIONS = (
    "Dear Ms Carter,\n\nThank you for your request. Our answers are under each of your questions.\n\n"
    "On 3 June 2024, Jane Carter wrote:\n"
    "> 1. How much did you spend on agency social workers in 2023/24?\n\nWe spent £41,200.\n\n"
    "> 2. Which case management system do you use?\n\nWe use Mosaic.\n\nYours sincerely,\n\nPaul Jones\n"
)
_THREAD_KEPT_AS_MARKDOWN = (
    "**2024-09-30 - request (Roger Howell to Ofcom):**\n\n> Dear Ofcom,\n>\n> Please send me the licence figures.\n"
    ">\n> Yours faithfully,\n>\n> Roger Howell\n\n"
    "**2024-10-03 - acknowledgement (Information Requests, Ofcom):**\n\n> Dear Roger Howell,\n>\n"
    "> Thank you for your request for information about licences.\n>\n> Yours sincerely,\n>\n> Information Requests\n"
)


def test_a_request_quoted_under_a_reply_is_a_quoted_message() -> None:
    layout = _layout(_REPLY_ABOVE_QUOTED_REQUEST)
    assert not layout.in_quoted(layout.text.index("We spent"))
    assert layout.in_quoted(layout.text.index("Dear Northby Council"))
    assert layout.in_quoted(layout.text.index("How much"))


def test_questions_quoted_one_by_one_above_their_answers_are_part_of_the_reply() -> None:
    layout = _layout(_ANSWERS_UNDER_QUOTED_QUESTIONS)
    for words in ("wrote:", "How much", "We spent", "Which case", "We use Mosaic", "Paul Jones"):
        assert not layout.in_quoted(layout.text.index(words)), words
    assert len(layout.messages) == 1


# Text -> its messages' first lines, each with whether the requester wrote it.
MESSAGES = [
    pytest.param(
        _THREAD_KEPT_AS_MARKDOWN,
        [
            ("2024-09-30 - request (Roger Howell to Ofcom):", True),
            ("2024-10-03 - acknowledgement (Information Requests, Ofcom):", False),
        ],
        id="a-thread-kept-as-markdown-a-message-per-quoted-letter",
    ),
    pytest.param(
        # NHS East Midlands' disclosure log: a round-robin request greeting no one in particular under "Request", the
        # reply heading below ending it
        "Request\nDear sir or madam;\nThe information contained here is further clarification of a previous request "
        "and not a new request.\n\nResponse\nDear Sir or Madam,\nWe employ four staff in the team.\n",
        [("Request", True), ("Response", False)],
        id="a-request-a-log-copies-under-its-heading",
    ),
    pytest.param(
        # London Metropolitan University's disclosure log: the page's title over the request heading
        "Use of plagiarism detection tools\n\nRequest\n\nHi\n\nI would like to find out;\n\nDoes the University "
        "use any kind of plagiarism detection tools\n\nResponse\n\nDear Ms..,\n\nI write further to your request "
        "for information dated 3 March 2019.\n",
        [("Use of plagiarism detection tools", True), ("Response", False)],
        id="a-request-a-log-copies-under-its-heading-and-the-pages-title",
    ),
    pytest.param(
        "Use of plagiarism detection tools.\nThe University holds this.\nRequest\nHi\nWe use a tool.\n\n"
        "Response\n\nDear Ms Pike,\n\nWe employ four staff.\n",
        [("Use of plagiarism detection tools.", False)],
        id="sentences-above-a-request-heading-are-no-title",
    ),
    pytest.param(
        "Freedom of Information Request\nDear Sir or Madam,\nWe employ four staff.\n",
        [("Freedom of Information Request", False)],
        id="a-replys-subject-line-is-no-request-heading",
    ),
    pytest.param(
        "Request\nDear Ms Pike,\nWe employ four staff.\n",
        [("Request", False)],
        id="a-request-heading-over-a-greeting-to-a-person",
    ),
    pytest.param(
        # Carmarthenshire County Council on WhatDoTheyKnow: the request greets the officer the requester knew, and the
        # council's replies greet the requester, whose name signs the request
        "Spending Details\n\nThe request was refused by Northby County Council.\n\nDear Mr Tillman,\n\nPlease list "
        "the details of all Council spending over £500.\n\nYours faithfully,\n\nJ Thompson\n\nFOIA, Northby County "
        "Council\n\nDear Sir/Madam,\n\nThank you for your request for information.\n\nYours faithfully\n\nJohn "
        "Tillman\n\nFOIA, Northby County Council\n\nDear Mrs Thompson,\n\nI am writing to ask you to clarify your "
        "request.\n",
        [("Spending Details", True), ("FOIA, Northby County Council", False), ("FOIA, Northby County Council", False)],
        id="a-whatdotheyknow-request-under-its-title-and-status-greeting-an-officer",
    ),
    pytest.param(
        # Warwickshire County Council's letter: the requester's surname a body's word, the reply's opening its own
        "Mark House\nInformation Management\nOur ref: 7236612\nDear Mark House\nFreedom of Information Act 2000\nYour "
        "request for information has been considered by Northby County Council under the Freedom of Information Act "
        "2000.\nYou asked us:\nNow that you have announced the closure, the minutes should be made available.\nYours "
        "faithfully.\nWe confirm that the Cabinet voted to close the centre.\n",
        [("Mark House", False)],
        id="a-reply-greeting-a-requester-whose-name-holds-a-bodys-word",
    ),
    pytest.param(
        "Northby County Council\nCounty Hall\nDear Mr Doe,\nWe employ four staff.\n",
        [("Northby County Council", False)],
        id="a-letterhead-over-a-greeting-to-a-person-is-no-whatdotheyknow-status",
    ),
]


@pytest.mark.parametrize(("text", "messages"), MESSAGES)
def test_messages(text: str, messages: list[tuple[str, bool]]) -> None:
    assert _messages(text) == messages


# The request as a reply quotes it, in quotation marks under words ending in a colon (the Crown Office and Procurator
# Fiscal Service's published response).
QUOTED_REQUEST = (
    'Thank you for your request dated 29 March 2017 under FOISA for the undernoted information:\n\n"The Northby '
    "Courts Service have confirmed that six people have been tried.\n\n1. Please supply any recorded information held "
    'by the Northby Courts Service.\n\n2. Any other recorded information held that pertains to these cases."\n\nI can '
    "advise that one charge was found not guilty.\n"
)


def test_a_request_quoted_under_its_introduction_is_the_requesters() -> None:
    layout = _layout(QUOTED_REQUEST)
    inside = QUOTED_REQUEST.index("Courts Service have")
    assert layout.by_requester(inside)
    assert layout.by_requester(QUOTED_REQUEST.index("pertains"))
    assert not layout.by_requester(QUOTED_REQUEST.index("I can advise"))
    assert not layout.by_requester(QUOTED_REQUEST.index("Thank you"))


def test_an_exemption_quoted_under_its_introduction_is_the_replys() -> None:
    # The Department for Education's letter, a PDF's words run together.
    text = (
        "Dear Ms Atkins,\n\nThe Department also holds a list of sponsors that are sponsoring projects in development;"
        " however this information is being withheld because the following exemption applies to this information:\n\n"
        "\u201cSection22 of the Act: Information is intended for future publication\u201d.\n\nYours sincerely\n"
    )
    assert not _layout(text).by_requester(text.index("Section22"))


def test_a_quotation_under_no_introduction_is_the_replys() -> None:
    text = 'Dear Mr Doe,\n\n"Northby Courts" is the name we use for the service.\n\nYours sincerely\n'
    assert not _layout(text).by_requester(text.index("is the name"))
