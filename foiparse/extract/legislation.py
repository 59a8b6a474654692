"""The access regimes a reply names: FOIA, EIR, FOISA, EISR, DPA (phrases in ``patterns/legislation.yaml``)."""

from __future__ import annotations

import re
from typing import cast

from ..models import Authority, Exemption, Legislation, Span
from .context import Context
from .provisions import under_provisions_heading

# A regime named as a kind of request, not this one's: "Environmental Information Regulation (EIR) requests = 80"
# in a count of the requests a council handled, "Privacy Notice for Freedom of Information (FOI)/Environmental
# Information (EIR) Processes" under an acknowledgement, "the Freedom of Information, Environmental Information
# and Subject Access Request Report" (Darlington Borough Council's annual report). Not a log's page of the requests
# the body received under it: "Freedom of Information (Scotland) Act 2002 requests that have been received by NHS 24
# during November 2025." above each request and its response (NHS 24's monthly log).
_KIND_OF_REQUEST_RE = re.compile(
    r"\)?(?:[ \t]*\([a-z/]+\))?\s+(?:property search\s+)?(?:requests|processes|enquiries|cases|reports?)\b"
    r"(?!\s+(?:(?:that|which)\s+(?:have\s+been|were)\s+)?received\s+by\b)"
)

# A regime naming the department that handles requests: "your e-mail has been received by the Trust Freedom of
# Information Act team" (Humber Teaching NHS Foundation Trust's automatic reply).
_DEPARTMENT_AFTER_RE = re.compile(
    r"(?: 2000)?\s+(?:team|office|officer|unit|department|co-?ordinator|manager|mailbox)\b"
)

# A regime set aside: "Your request has therefore been considered under the EIR rather than the Freedom of Information
# Act" (the Planning Inspectorate).
# "SQA are covered by the Freedom of Information (Scotland) Act 2002 and not the Freedom of Information Act 2000"
# (the Scottish Qualifications Authority, under a request that cites the UK Act): set aside wherever else it is named.
# "the information requested falls under the Environment Information Regulations 2004 (EIR), as opposed to FOI" (the
# Department for Infrastructure, Northern Ireland)
# "SHA, a body which is not subject to FOISA, was under no obligation to make it available" (a Scottish Information
# Commissioner decision on a housing association, decided under the EIRs)
# "neither Severn Trent Plc, nor Severn Trent Water Ltd are public authorities and are therefore not subject to the
# terms of the Freedom of Information Act 2000" (a water company's review letter, answering under the EIR)
_NOT_THIS_REGIME_RE = re.compile(
    r"\b(?:rather than|instead of|not under|and not|but not|as opposed to|not subject to|not covered by)\s+"
    r"(?:the\s+)?(?:(?:terms|provisions)\s+of\s+(?:the\s+)?)?$"
)
# Or the body saying it is no public authority under the Act, answering of its own accord: "we would advise that Trinity
# House is not designated as a "public authority" under the FOIA. However, we are content to make certain information
# available" (the Corporation of Trinity House on WhatDoTheyKnow).
_NOT_A_PUBLIC_AUTHORITY_RE = re.compile(
    r"\bnot (?:designated |classed |classified |listed |defined )?(?:as )?(?:a )?[\"']?public authority[\"']? "
    r"(?:under|for the purposes of|within the meaning of|as defined by) (?:the\s+)?$"
)
# Unless the one not covered is a company the body deals with: "The Council has a contract with SERCO who are
# responsible for procuring these services. SERCO is a private company and is not covered by the Freedom of Information
# Act (FOIA)." (Lincolnshire County Council, answering under the Act).
_A_COMPANY_BEFORE_RE = re.compile(r"\b(?:private|limited) (?:company|companies|firm|business|contractor)\b[^.]*$")
# A body's claim a decision reports, which the decision goes on to rule on: "The complainant made a request under the
# Environmental Information Regulations 2004 ... The PLA stated that it was not subject to the EIR but supplied some
# information" (the Information Commissioner on the Port of London Authority, requiring a reply under the EIR).
_CLAIM_REPORTED_RE = re.compile(r"\b(?:stated|said|argued|claimed|maintained|asserted|contended) that\b[^.]*$")
# An automatic reply's "if": "If you are requesting information under the Freedom of Information Act or Environmental
# Information Regulations, there is a 20 working day statutory timescale" (Trafford Council) names no regime the
# request is handled under; nor does "If you are applying for information under The Freedom of Information Act 2000 or
# the Environmental Information Regulations 2004, your request is being processed" (Boston Borough Council).
# A pointer to guidance on the Acts, which names them all: "For full details of the Freedom of Information Act, the
# Environmental Information Regulations, how a request is dealt with and related information please visit
# http://www.ico.org.uk ." (Colchester Borough Council's acknowledgement on WhatDoTheyKnow, of a request about recycling
# tonnages handled under FOIA).
_FOR_DETAILS_OF_RE = re.compile(
    r"\bfor (?:full |further |more )?(?:details|information|guidance) (?:of|about|on) "
    r"(?:the )?(?:[^.\n]{0,80}, )?(?:the )?$"
)
_IF_REQUESTING_RE = re.compile(
    # "If you are trying to request personal medical information, this is called a Subject Access Request and is not
    # processed by the FOI Office" (Brighton and Sussex University Hospitals' automatic reply)
    r"\bif (?:you (?:are (?:requesting|making|submitting|applying|seeking|trying to (?:request|obtain|get|access))"
    r"|have (?:submitted|made|sent|applied))\b"
    # "If this is an initial request for information under the Freedom of Information Act 2000 or Environmental
    # Information Regulations 2004, we will respond ..." (Sevenoaks District Council's automatic reply)
    r"|(?:this|it|your (?:e-?mail|message|enquiry|correspondence)) is (?:an? )?(?:[\w-]+ )?request\b"
    # "If the request is for your personal data (i.e. a Subject Access Request) under the Data Protection Act, then we
    # will respond within 40 calendar days." (Public Health England's acknowledgement on WhatDoTheyKnow)
    r"|(?:the|your|this) request is (?:for|about)\b)"
    # the sentence may be wrapped: not past a full stop or a blank line (an "i.e." or "e.g." is none)
    r"(?:[^.\n]|\b(?:i\.e|e\.g)\.|\n(?!\n))*$"
)

# The Act's name opening the title of guidance a reply cites: "Guidance published by the Information Commissioner,
# 'Freedom of Information Act 2000, Awareness Guidance No 1', states that when considering ..." (Natural England's
# letter on WhatDoTheyKnow, answering under the Environmental Information Regulations).
_GUIDANCE_TITLE_AFTER_RE = re.compile(r"(?:\s+(?:19|20)\d\d)?,?\s+(?:awareness\s+)?guidance\b")

# The other regime offered only if the request turns out to fall under it: "Your request will be processed in
# accordance with the Freedom of Information Act 2000 (or Environmental Information Regulations 2004, if it relates to
# environmental information)." (Rhondda Cynon Taf County Borough Council's acknowledgement on WhatDoTheyKnow).
_ONLY_IF_IT_RELATES_RE = re.compile(
    r"(?: (?:19|20)\d\d)?,?\s+if (?:it|this|the request|your request|the information|any of it)\s+"
    r"(?:relates|is|concerns|falls|involves)\b"
)


# Regimes as the kinds of requests a figure counts: "Stockport Council has received 1584 requests for information ...
# Please note that this figure includes some requests made under the Data Protection Act 1998 and the Environmental
# Information Regulations 2004" (Stockport Metropolitan Borough Council on WhatDoTheyKnow, answering under the Act).
# Or the way the body deals with requests in general: "Government Office aims to be as helpful as possible in the way
# it deals with requests for information under the Freedom of Information Act 2000 and the Environmental Information
# Regulations 2004." (the Government Office for the West Midlands' standard closing, its reply under the Act).
# Or the timescales for requests in general: "Please note that requests under the Freedom of Information Act and the
# Environmental Information Regulations (EIRs) will receive a response within 20 working days" (Public Health England's
# acknowledgement on WhatDoTheyKnow, of a request made "under the FOI").
_REQUESTS_MADE_UNDER_RE = re.compile(
    r"\b(?:requests (?:made|received|submitted|handled|dealt with)|deals with requests(?: for information)?"
    r"|please note that requests) under\s+"
    r"(?:the\s+)?(?:[a-z ]{1,40}?(?:\s\d{4})?\s+(?:and|or)\s+(?:the\s+)?)?$"
)
# The reply saying which regime it handles the request under: "We acknowledge with thanks your application for
# information, which has been considered as a request under the Enviornmental Information Regulations 2004" (Oldham
# Council, to a request made "Under the Freedom of Information Act"). A regime only the requester names then is not
# one the request is handled under (shared/corpus/LABELLING.md: the request's own counts "when no reply says
# otherwise").
# (the request named between: "we have considered your request under the Environmental Information Regulations 2004",
# the British Geological Survey on UK Research and Innovation's log)
# (or "under the terms of": "I have concluded that you have requested 'environmental information' and have therefore
# processed it under the terms of the EIRs.", English Heritage on WhatDoTheyKnow)
_HANDLED_UNDER_RE = re.compile(
    r"\b(?:considered|handled|dealt with|processed|treated)\s+(?:it\s+|(?:your|the|this) request\s+)?"
    r"(?:as (?:an? )?(?:[\w-]+ )?request\s+)?under\s+(?:the\s+)?(?:(?:terms|provisions)\s+of\s+(?:the\s+)?)?$"
)
# The regimes listed as the law in general, not as this request's: "we are obliged to consider requests for
# information covered by the access to information legislation which includes the Freedom of Information Act 2000
# ('the FOIA') and the Environmental Information Regulations 2004 ('the EIRs')" (the same reply). Not the reply's own
# naming of a regime, so a reply that says which one it handled the request under sets the others aside.
_LISTED_AS_THE_LAW_RE = re.compile(
    r"\b(?:legislation|regimes?|laws?|statutes?)\s+(?:which|that)\s+(?:includes?|comprises?|covers?)\s+(?:the\s+)?$"
)
# the abbreviation a listed regime defines straight after it: " ('the FOIA')"
_ABBREVIATION_GAP_RE = re.compile(r"[\s(\"'`]*(?:the\s+)?")
# the next item of that list, after the one before and its abbreviation: "('the FOIA') and the "
_NEXT_LISTED_RE = re.compile(r"[\s'\"`()a-z]{0,12}?[)'\"`]?\s*(?:,|and|or)\s+(?:the\s+)?$")
# The regime the requester chose, as the reply describes the request: "Thank you for your request made under the
# Freedom of Information Act. Because the information you have requested is environmental in nature, we have
# considered your request under the Environmental Information Regulations 2004." (the same reply). In the reply's
# words, but the requester's choice: set aside like it when the reply says what it handled the request under.
_YOUR_REQUEST_MADE_UNDER_RE = re.compile(
    r"\byour (?:\w+ )?(?:request|application)(?: for information)? (?:made|submitted|sent) under\s+(?:the\s+)?$"
)


# "Section 39 of the Freedom of Information Act specifically excludes from consideration under that Act requests for
# what is deemed to be environmental information" (the Department for Infrastructure, Northern Ireland, answering
# under the EIR "as opposed to FOI")
_SECTION_39_OF_RE = re.compile(r"\bsection 39(?:\(1\)(?:\(a\))?)? of\s+(?:the\s+)?$")
# The Act named for its complaint and appeal machinery, which the regulations borrow (regulation 18 of the EIR applies
# sections 50 to 58): "This appeal is brought by Mr Lavelle by reg 18 Environmental Information Regulations 2004
# ("EIR") and section 57 Freedom of Information Act 2000 ("FOIA")" (the First-tier Tribunal on Northumbrian Water,
# the request under the EIR alone). Dropped only where the regulations are named and the Act is named no other way.
# Likewise its Parts 1 and 4 in the Commissioner's standard paragraphs of an EIR decision ("whether a request ... has
# been dealt with in accordance with the requirements of Part 1 of the Freedom of Information Act 2000 ... the
# enforcement provisions of Part 4 of the Freedom of Information Act 2000 (the Act) are imported into the EIR", the
# Information Commissioner's decision on Carmarthenshire County Council), and section 61, the Tribunal's contempt
# ("written certification of this fact pursuant to section 61 of the Freedom of Information Act 2000", the First-tier
# Tribunal on Gwynedd Council).
_MACHINERY_SECTION_OF_RE = re.compile(
    r"\b(?:(?:section|s\.?) ?(?:50|57|58|61)(?:\(\d\))?|part [14]) (?:of\s+)?(?:the\s+)?$"
)


# A section of an Act cited before its name: "exempt under Section 25 of the ", "section 38(1)(b) of the ".
_SECTION_OF_BEFORE_RE = re.compile(r"\b(?:section|s\.?) ?\d{1,2}[a-z]?(?:\s?\(\w{1,4}\))*\s+of\s+(?:the\s+)?$")


# The Acts of two jurisdictions, of which a body answers under one only: (named by the requester, named by the reply).
_ONE_OR_THE_OTHER = (("FOIA", "FOISA"), ("FOISA", "FOIA"))


def extract_legislation(ctx: Context, authority: Authority | None) -> list[tuple[Legislation, list[Span]]]:
    """Each regime once, in order of first mention, with every span that names it.

    A generic "Freedom of Information request" names the regime of the authority's nation: FOISA for a
    Scottish body, FOIA for every other UK body.
    """
    entry = ctx.catalogue.authorities.get(authority.id) if authority is not None and authority.id is not None else None
    scottish = entry is not None and entry.nation == "scotland"
    found: dict[str, list[Span]] = {}
    set_aside: set[str] = set()
    handled_under: set[str] = set()  # the regimes the reply says it handles the request under
    by_reply: set[str] = set()  # the regimes the authority's own words name
    machinery: set[int] = set()  # where the Act is named for its complaint and appeal sections
    in_provisions: set[int] = set()  # where a regime is named in a decision's list of provisions
    machinery_end: int | None = None
    listed_end: int | None = None  # where the last regime listed as the law in general ends (_LISTED_AS_THE_LAW_RE)
    not_this_request_end: int | None = None  # where the last mention of no regime of this request's ends
    case_numbers: set[int] = set()  # where a generic mention is only a case's number (patterns/legislation.yaml)
    other_regime_named = False  # a law outside the UK's (patterns/legislation.yaml other_regimes)
    # The regimes and the words around them are read across a line break inside a sentence: "Please find our response
    # to your Freedom of Information / request below." in an email wrapped at 72 columns that clean leaves as it is
    # (the University of Hull on WhatDoTheyKnow). Its offsets are the text's.
    lower = ctx.clean.lower_joined
    for m in ctx.catalogue.legislation_re.finditer(lower):
        act = m.lastgroup
        if act is None or _KIND_OF_REQUEST_RE.match(lower, m.end()) or _DEPARTMENT_AFTER_RE.match(lower, m.end()):
            continue
        if act == "OTHER":
            other_regime_named = True
            continue
        if (
            _NOT_THIS_REGIME_RE.search(lower, max(0, m.start() - 40), m.start())
            or _NOT_A_PUBLIC_AUTHORITY_RE.search(lower, max(0, m.start() - 90), m.start())
        ) and not _A_COMPANY_BEFORE_RE.search(lower, max(0, m.start() - 90), m.start()):
            if not ctx.layout.by_requester(m.start()) and not _CLAIM_REPORTED_RE.search(
                lower, max(0, m.start() - 80), m.start()
            ):
                set_aside.add(act)
            continue
        if (
            # the abbreviation defined straight after a mention these checks set aside: "the Environmental Information
            # Regulations (EIRs)" in Public Health England's "requests under ... will receive a response"
            (not_this_request_end is not None and not lower[not_this_request_end : m.start()].strip(" (\"'"))
            or _IF_REQUESTING_RE.search(lower, max(0, m.start() - 160), m.start())
            or (
                _ONLY_IF_IT_RELATES_RE.match(lower, m.end()) and lower.endswith("or ", max(0, m.start() - 4), m.start())
            )
            or _FOR_DETAILS_OF_RE.search(lower, max(0, m.start() - 120), m.start())
            or _REQUESTS_MADE_UNDER_RE.search(lower, max(0, m.start() - 120), m.start())
        ):
            not_this_request_end = m.end()
            continue
        if act == "FOIA" and _SECTION_39_OF_RE.search(lower, max(0, m.start() - 30), m.start()):
            continue  # the Act named for its section sending the request to the regulations, not as the regime
        if _GUIDANCE_TITLE_AFTER_RE.match(lower, m.end()):
            continue  # the Act opening a guidance document's title (_GUIDANCE_TITLE_AFTER_RE)
        if (
            act == "FOIA"
            and (
                _MACHINERY_SECTION_OF_RE.search(lower, max(0, m.start() - 30), m.start())
                # and the abbreviation it defines straight after: ' ("FOIA")'
                or (machinery_end is not None and not lower[machinery_end : m.start()].strip(" (\"'"))
            )
        ):
            machinery.add(m.start())
            machinery_end = m.end()
        line_start = ctx.layout.line_at(m.start()).start
        if lower.endswith("made this ", line_start, m.start()) and lower.startswith(" request to", m.end()):
            # WhatDoTheyKnow's heading files the request under a regime of the requester's choosing: "Nick Brown made
            # this Environmental Information Regulations request to Conservators of the River Cam" above a request
            # "under the Freedom of Information Act".
            continue
        if lower.startswith("subject:", line_start):
            # An email's subject names the kind of request, not the regime it is handled under: WhatDoTheyKnow
            # titles every request "Freedom of Information request - ..." (the London Legacy Development Corporation
            # and National Museums Liverpool quoting the requester's email).
            continue
        boilerplate = ctx.layout.boilerplate_kind(m.start())
        if boilerplate == "disclosure_log":
            continue  # "Our FOI and EIR Disclosure Log allows you to read our responses": the log's, not the request's
        if act == "GENERIC_CASE_NUMBER":
            act = "GENERIC"
            case_numbers.add(m.start())
        if act == "GENERIC":
            if boilerplate == "whatdotheyknow":
                continue
            act = "GENERIC_FOISA" if scottish else "GENERIC_FOIA"
        found.setdefault(act, []).append(ctx.span(m.start(), m.end()))
        if under_provisions_heading(ctx, m.start()):
            in_provisions.add(m.start())
        listed = _LISTED_AS_THE_LAW_RE.search(lower, max(0, m.start() - 80), m.start()) is not None or (
            listed_end is not None
            and (
                _ABBREVIATION_GAP_RE.fullmatch(lower, listed_end, m.start()) is not None
                or _NEXT_LISTED_RE.fullmatch(lower, listed_end, m.start()) is not None
            )
        )
        listed_end = m.end() if listed else None
        if not ctx.layout.by_requester(m.start()):
            if not listed and not _YOUR_REQUEST_MADE_UNDER_RE.search(lower, max(0, m.start() - 80), m.start()):
                by_reply.add(act)
            if _HANDLED_UNDER_RE.search(lower, max(0, m.start() - 80), m.start()):
                handled_under.add(act)
    if handled_under:
        set_aside.update(act for act in found if act not in by_reply)
    for requesters, replys in _ONE_OR_THE_OTHER:
        # The requester names the UK Act, the reply heads its acknowledgement with the Scottish one: "request under the
        # Freedom of Information Act 2000" to Falkirk Council, answered under "Freedom of Information (Scotland) Act
        # 2002" (on WhatDoTheyKnow). The two Acts never cover the same body, so the reply's is the regime.
        if requesters in found and requesters not in by_reply and replys in by_reply:
            set_aside.add(requesters)
    regulations_named = "EIR" in found or "EISR" in found
    if "FOIA" in found and regulations_named and all(span.start in machinery for span in found["FOIA"]):
        set_aside.add("FOIA")
    for act in set_aside:
        found.pop(act, None)
        # and a "Freedom of Information request" is then no request under the Act set aside (the water company's
        # "your FOI request" above its "not subject to the ... Freedom of Information Act 2000")
        found.pop(f"GENERIC_{act}", None)
    if (
        # (only for a body the catalogue does not place: one outside Scotland is not covered by the Scottish Act,
        # whatever its section's subject, "the following exemptions apply under the Act:- / Section 35(1) (a) – Law
        # Enforcement", Brentwood Borough Council's log citing the UK Act's section 31 under the wrong number; one in
        # Scotland is read as Scottish already)
        entry is None
        and "FOISA" not in found
        and found.keys() & {"GENERIC_FOIA", "FOIA", "EIR"}
        and not any("2000" in span.text for span in found.get("FOIA", ()))
        and cites_the_scottish_act(ctx)
    ):
        # No Act named but "FOI", and a section cited by its subject in the Scottish Act's numbering: "Type of Request
        # FOI ... Section 35 (1) (a) exempts information if its disclosure is likely to prejudice the prevention or
        # detection of crime" (Scottish Borders Council's log, the council named nowhere in it).
        scottish = True
        if "GENERIC_FOIA" in found:
            found["GENERIC_FOISA"] = found.pop("GENERIC_FOIA")
    if "EIR" in found and ("EISR" in found or "FOISA" in found or scottish):
        # A Scottish reply shortens its regulations to "the Environmental Information Regulations" or "EIRs" once
        # it has named them (NHS 24: "handled under the Environmental Information (Scotland) Regulations 2004
        # ... the EIRs"), or from the start where the Scottish Act or a Scottish body says which ones they are
        # (NatureScot, to a request under the "Freedom of Information Act (Scotland) Act": "we are applying EIRs
        # Regulation 10(4)(b) to your request"): one regime.
        found["EISR"] = found.get("EISR", []) + found.pop("EIR")
    if "FOIA" in found and (scottish or "FOISA" in found):
        # Likewise "the Freedom of Information Act" without its year, beside the Scottish Act or from a Scottish
        # body (Scottish Borders Council's log: "Type of Request FOI ... a response under the Freedom of
        # Information Act"); "Freedom of Information Act 2000" is the UK Act.
        uk = [span for span in found["FOIA"] if "2000" in span.text]
        if len(uk) < len(found["FOIA"]):
            found["FOISA"] = found.get("FOISA", []) + [span for span in found["FOIA"] if "2000" not in span.text]
            if uk:
                found["FOIA"] = uk
            else:
                del found["FOIA"]
    if "FOIA" in found and "FOISA" in found:
        # Both Acts named, which never cover the same body: the one whose sections the text applies is the regime.
        # "Under the Freedom of Information Act 2000 can you provide me with the following information: ..." above
        # "we can advise that this information is exempt under Section 25 of the Freedom of Information (Scotland) Act
        # 2002" (Moray Council's log).
        cited = {
            act
            for act in ("FOIA", "FOISA")
            if any(_SECTION_OF_BEFORE_RE.search(lower, max(0, span.start - 40), span.start) for span in found[act])
        }
        if len(cited) == 1:
            del found[({"FOIA", "FOISA"} - cited).pop()]
    # A Scottish Information Commissioner's decision under the EIRs lists the Act's sections it borrows ("Relevant
    # statutory provisions / Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1), (2) and (6) ...; 47(1)
    # and (2) (Application for decision by Commissioner). / The Environmental Information (Scotland) Regulations 2004
    # (the EIRs) ...", on Inverclyde Council, whose summary names the EIRs alone): a regime named only in that list,
    # beside one named in the decision's own words, is not the request's.
    listed_only = [act for act, spans in found.items() if all(span.start in in_provisions for span in spans)]
    if in_provisions and len(listed_only) < len(found):
        for act in listed_only:
            del found[act]
    for act in found:
        found[act].sort(key=lambda span: span.start)
    found = dict(sorted(found.items(), key=lambda item: item[1][0].start))  # in order of first mention
    named = {"FOIA", "FOISA"} & found.keys()
    regulations_still_named = bool({"EIR", "EISR"} & found.keys())
    result: list[tuple[Legislation, list[Span]]] = []
    # A reply that says it handled the request under the regulations calls it a "Freedom of Information Request" as
    # every request is called: "Freedom of Information Request: Common Scoter Report" heads NatureScot's letter, which
    # says "We have considered your request under the Environmental Information (Scotland) Regulations 2004".
    handled_under_regulations = bool(handled_under & {"EIR", "EISR"})
    for act, spans in found.items():
        if act.startswith("GENERIC_"):
            if (
                named
                or other_regime_named
                or (
                    regulations_still_named
                    and (handled_under_regulations or all(span.start in case_numbers for span in spans))
                )
            ):
                continue
            act = act.removeprefix("GENERIC_")
        result.append((cast(Legislation, act), spans))
    return result


def cites_the_scottish_act(ctx: Context) -> bool:
    """Whether the authority cites a section of the Scottish Act by a subject the UK Act's section of that number is
    not about ("section 38(1)(b) (personal information)"; the UK Act's section 38 is health and safety). Worked out once
    a parse: the legislation and the exemptions extractors both ask."""
    if "cites_the_scottish_act" not in ctx.memo:
        layout = ctx.layout
        ctx.memo["cites_the_scottish_act"] = any(
            not layout.by_requester(m.start()) and not layout.in_quoted(m.start())
            for m in ctx.catalogue.scottish_subject_citation_re.finditer(ctx.lower)
        )
    cites: bool = ctx.memo["cites_the_scottish_act"]
    return cites


def legislation_of_exemptions(exemptions: list[Exemption]) -> list[tuple[Legislation, list[Span]]]:
    """The regimes whose sections the text applies, each grounded on its citations, for a text that names none: an ICO
    decision summary cites "sections 41 and 43" and "section 1(1) of the Act" and never names the Act (the
    Commissioner's decision on Harlow Council)."""
    found: dict[Legislation, list[Span]] = {}
    for exemption in exemptions:
        found.setdefault(exemption.act, []).extend(exemption.spans)
    return list(found.items())
