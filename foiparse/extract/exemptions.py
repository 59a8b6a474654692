"""Exemptions and exceptions applied in a reply, normalised ("s.40(2)" -> FOIA ``40(2)``).

A citation counts only where the authority applies it: not in review-rights boilerplate, not in the
requester's own words ("if section 12 applies, please advise me"), and only for sections that are
exemptions of the regime at hand (``patterns/exemptions.yaml``): section 16 advice, section 10 time
limits and "section 17 of the Children Act 1989" are not (Alaveteli's detector reports such false
positives; shared research anchors.md A6).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal

from ..catalogue import Catalogue, ExemptionInfo
from ..models import Exemption, Legislation
from ..scan import LabelScanner, matches_at
from ..segment import Line
from .context import HYPOTHETICAL_RE, Context, SpanFields
from .legislation import cites_the_scottish_act
from .provisions import listed_provisions, sibling_level, under_provisions_heading

# Run over the lower-cased text: a citation regex with IGNORECASE costs twice as much on a long reply.
# The keyword is section(s), s., ss., s (before a number), sec., regulation(s), reg(s)., reg, r.; it is spelt
# from its first letter, [rs], with the word boundary checked after it, because a pattern that starts with
# a character class lets the regex engine skip to the next "r" or "s" in C (a third faster than a
# look-behind or look-ahead first, which is tried at every position).
_CITATION_RE = re.compile(
    # (a form's "section(s)" too: "the following exemption(s) apply to this information: section(s) 36(2) (b) and (c)
    # of the Act", the Education and Skills Funding Agency on WhatDoTheyKnow)
    # (and the Act between the word and its list: "on the basis of the exemptions contained at the following sections
    # of FOIA: 21 (information reasonably accessible by other means); 27(1)(a) to (d); ...", an ICO decision summary)
    # (a stop glued between the word and its number: "ExemptionReason / Section.12 (1)Appropriate limit", the University
    # of East Anglia's disclosure log, its table run together)
    # (or "ss" with no stop: "refusing to provide the information and citing FOIA, ss30 (investigations and
    # proceedings) and 40 (personal information)", the First-tier Tribunal on Avon and Somerset Constabulary)
    # (not a possessive's "s" before a number: "7 of the Comhairle’s 24 schools", Comhairle nan Eilean Siar's log)
    r"(?P<kw>[rs](?<![\w'\u2019].)"
    r"(?:(?<=s)(?:ections?(?:\(s\))?(?:\.(?=\d)| of (?:foisa|foia)(?=:))?|s?\.|s?(?=\s?\d)|ec\.)"
    r"|(?<=r)(?:egulations?(?:\(s\))?|egs?\.|eg(?=\s?\d)|\.)))"
    r"(?:\s?|[;:]?\s*(?:[•·-]\s*)?)"  # "exemption under sections;\n  • 29(1)(b) ..." (Scottish Government)
    # A bracket left open before the next one is read as closed: "Regulation 12(5(b) of the Environmental
    # Information Regulations" (Dover District Council's log).
    # A subsection left without its brackets before a bracketed paragraph is read as bracketed: "exempt under Section 38
    # 1(b) Personal information" (the Scottish Ambulance Service's disclosure log).
    # A paragraph's letter after the subsection's bracket, unbracketed: "exemptions under section 33(1)b and 38(1)b of
    # FOISA apply to some sections of the document" (Transport Scotland's review).
    # Or with no brackets at all, spaces for them, before the regime's name: "Wirral Council decline to provide copy
    # correspondence for internal communication under Regulation 12 4 e EIRs" (the council's letter on WhatDoTheyKnow).
    # The section's number in brackets of its own: "Costs are being refused under Section (41) Information provided in
    # confidence & Section (43) Commercial interests" (Staffordshire University's disclosure log).
    r"(?:\((?=\d{1,2}\)))?"
    # The section quoted with its title, the quotation mark before its number: 'the decision has been made to invoke
    # Sections "21 Information accessible to applicant by other means (1) ..." (the West Mercia Police and Crime
    # Commissioner's log)
    r"(?:(?<=s )[\"\u201c](?=\d{1,2} [a-z]))?"
    r"(?P<num>\d{1,2}(?!\d)[a-z]?)(?P<sub>[ ]\d[ ][a-k](?=[ ](?:eirs?|eisrs?|of the|environmental)\b)"
    r"|(?:\s\d(?=\([a-z]\)))?(?:\s?\(\s?[0-9a-z]{1,4}\s?(?:\)|(?=\()))*"
    r"(?:(?<=\))[a-z](?!\w))?)",
)
# A citation led by the Act's name or the word exemption, with its brackets: "Exemption applied: FOISA 33 (1) (B)"
# (Audit Scotland's disclosure log), "under the EIRs we have applied the following exemption 11(2)" (NatureScot).
# The brackets are required: "FOIA 2000" is no section 20.
# The EIR's word with the Regulations named after it needs none: "This is in line with exception 13 of the
# Environmental Information Regulations" (the North London Waste Authority), whose "exception 12 (5)e" closes its
# last letter with no bracket.
# A Northern Ireland body may call the Act's section an article, as its own Orders number theirs: "all approved reports
# ... are made available on RQIA's website, and as such provision of these are exempt by virtue of Article 21 of the
# Freedom of Information Act (2000)" (the Regulation and Quality Improvement Authority on WhatDoTheyKnow).
_NAMED_CITATION_RE = re.compile(
    # (or "in": "The Authority was not entitled to apply the exemptions in 30(b)(i) and (ii) to all of the information
    # it was withholding.", the Scottish Information Commissioner's Decision 083/2024)
    # (or straight after the Act's name and a comma: "personal data which is absolutely exempt from disclosure under the
    # Freedom of Information Act 2000, 40 (3)(a)(i)", the University of Worcester on WhatDoTheyKnow)
    r"(?<![\w])(?P<kw>foisa|foia|eisrs?|eirs?|exemptions?|exceptions?|exclusions?|articles?|subsections?"
    r"|act(?: 2000)?,)"
    r"(?: (?:at|under|of|in))? "
    r"(?P<num>\d{1,2}(?!\d)[a-z]?)(?P<sub>(?:\s?\(\s?[0-9a-z]{1,4}\s?\))+(?:[a-z](?!\w))?"
    r"|(?:(?<=exception \d)|(?<=exception \d\d))(?= of the (?:environmental information regulations|eirs?)\b)"
    r"|(?:(?<=article \d)|(?<=article \d\d))(?= of the freedom of information act\b)"
    # "Some information has been withheld as it falls under the exemptions in the Freedom of Information Act: /
    # Exclusion 31: Law Enforcement - ... / Exclusion 40: Personal data - ..." (the Department for Work and Pensions)
    r"|(?:(?<=exclusion \d)|(?<=exclusion \d\d))(?=:[ \t])"
    # Or "exemption" and the number bare, a dash before what it protects: "The University is refusing to provide the
    # names of the agencies and spend per agency as it believes that exemption 43 – the exemption which relates to
    # commercial interests applies." (the University of Manchester on WhatDoTheyKnow)
    r"|(?:(?<=exemption \d)|(?<=exemption \d\d))(?=[ \t]+[-\u2013\u2014][ \t]+[a-z])"
    # Or "exemptions" and the numbers bare, a list of them: "withheld all of the information that it held subject to
    # the applicability of exemptions 31, 33, 41 and 43." (NHS Improvement's published review outcome)
    r"|(?:(?<=exemptions \d)|(?<=exemptions \d\d))(?=(?:,|[ \t]+and)[ \t]+\d\d?\b))"
)
# A citation, then "by virtue of" right before the one being read (its section number compared by the caller).
# Or "read with": "not entitled to rely on section 31(1)(g) (read with section 31(2)(b) or (d)) of the Freedom of
# Information Act 2000" (the First-tier Tribunal on UK Anti-Doping); "in conjunction": "section 35(1)(g) (read in
# conjunction with section 35(2)(c)) of FOISA" (the Scottish Information Commissioner on Inverclyde Council).
_BY_VIRTUE_OF_SECTION_RE = re.compile(
    r"(?:section|s\.?) ?(?P<num>\d{1,2})(?P<sub>(?:\s?\([0-9a-z]{1,4}\))+) "
    r"(?:by virtue of|\(?read (?:together |in conjunction )?with) $"
)
_BY_VIRTUE_OF_REACH = 60  # characters before a citation the citation it serves may start
# (and a subsection named so, its brackets after it: "In addition the Council claims the exemption to disclosure under
# subsection 40 (2) which states that personal data ...", Cheshire West and Chester Council on WhatDoTheyKnow)
_NAMED_CITATION_STARTS = ("foi", "eir", "eisr", "exce", "exem", "excl", "arti", "subs", "act")
_ACT_KEYWORDS: dict[str, Legislation] = {"foisa": "FOISA", "foia": "FOIA", "eir": "EIR", "eisr": "EISR"}
# Where a keyword can start: section(s), sec., s., ss., s before a number; regulation(s), reg(s)., reg, r.
# A pattern that starts with one letter is scanned for in C far faster than one that starts with [rs].
_S_KEYWORD_RE = re.compile(r"s(?:ec|s?\.|s?\s?\d)")
_R_KEYWORD_RE = re.compile(r"r(?:eg|\.)")
# Inside a list, the purposes a section is engaged by virtue of, skipped to reach the rest of the list: "31(1)(a), (b)
# and (g) by virtue of 31(2)(a) and (b) (law enforcement); 35(1)(a) (government policy); ..." (an ICO decision summary
# on the Department for International Development).
_BY_VIRTUE_OF_PURPOSES_RE = re.compile(
    r"\s+by virtue of\s+(?:(?:section|s\.?)\s?)?\d{1,2}(?:\s?\([0-9a-zA-Z]{1,4}\))+"
    r"(?:\s*(?:,|and|or)\s*(?:\([0-9a-zA-Z]{1,4}\))+)*"
)
# A description after a citation, "(Ministerial communications)" or "(disclosure would (or would be likely
# to) prejudice ...)", is skipped to reach the next citation of a list.
# Or its name unbracketed, in lower case, up to the list's next comma: "citing the exemptions at sections 23(5)
# (information supplied by security bodies), 24(2) (national security), 27(4) (international relations), 30(3)
# criminal investigations, 31(1) (law enforcement) and 38(2) public safety" (an ICO decision summary on Surrey Police).
# (or two bracketed asides, the second a note on the first: "sections 23(1) (security bodies) and 24(1) (national
# security) (cited in the alternative), 26(1)(a) and (b) (defence), and 27(1)(a) and (d) (international relations)", the
# ICO's decision on the Ministry of Defence)
_DESCRIPTION = (
    r"(?:(?:\s*\((?=[A-Za-z])[^()]*(?:\([^()]*\)[^()]*)*\)){1,2}"
    r"|(?:[ \t]+(?!(?:and|or|to|of|by|under|the|in|is|are|was|were|which|that|as|for)\b)[a-z]{3,}){1,3}(?=,)"
    # (or the exemption's title in capitals, the next number straight after the list's word: "exempt by virtue of
    # Sections 24(1) National Security and 31(1) Law Enforcement of the Freedom of Information Act 2000",
    # Nottinghamshire Fire and Rescue Service's published response)
    r"|(?:[ \t]+[A-Z][a-z]{2,}){1,3}(?=[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?\d)"
    # (or whom each section covers, a bracketed aside perhaps, the next section with its subsection after "and": "by
    # virtue of sections 41(1) for all patients involved (living and deceased) and 40(2) for those living patients",
    # NHS Greater Manchester Integrated Care Board's published response)
    r"|[ \t]+for(?:[ \t]+[a-z]{2,}){1,5}(?:[ \t]*\([a-z ]{1,40}\))?(?=[ \t]+and[ \t]+\d{1,2}\(\d))?"
)
_SEPARATOR = r"\s*(?:,|;|and|or|&)?\s*(?:and\s+|or\s+)?(?:[•·]\s*)?"
# (or the last of a run of paragraphs: "27(1)(a) to (d)", an ICO decision summary on the Department for International
# Development, which applies (a), (b), (c) and (d))
# (or "and / or": "withheld under Section 43 (1) and / or (2) of the Freedom of Information Act 2000", Herefordshire
# Council's published responses)
_MORE_RE = re.compile(
    r"\s*(?:and\s?/\s?or|,|and|or|&|(?P<to>to))\s*(?P<num>\d{1,2}[A-Z]?)?(?P<sub>(?:\s?\(\s?[0-9a-zA-Z]{1,4}\s?\))+"
    r"(?:(?<=\))[a-z](?!\w))?)"
)
_NUMBERED_MORE_RE = re.compile(
    _DESCRIPTION
    + _SEPARATOR
    # (not a figure "12.5", "1,000" or "12/3"; but the list's own comma or the sentence's stop after a number may
    # follow: "relying on sections 27(1)(a), 36(2)(b)(i) and (ii), 36(2)(c), 41, and 43.", an ICO decision on ECGD)
    + r"(?P<num>\d{1,2}[A-Z]?)(?P<sub>(?:\(\s?[0-9a-zA-Z]{1,4}\s?\))*(?:(?<=\))[a-z](?!\w))?)"
    + r"(?![\d/]|[.,]\d|\s?(?:hours|days|working|%))"
)
_ACT_AFTER_RE = re.compile(
    r"^[\s,]*(?:of|under|in)?\s*(?:the\s+)?(?P<act>Freedom of Information \(Scotland\) Act|FOI\(?S\)?A|FOISA"
    r"|Environmental Information \(Scotland\) Regulations|EISRs?|Freedom of Information Act|FOIA|FOI Act"
    # Another Act, its joining words in lower case ("section 39 of the Statistics and Registration Service Act 2007")
    r"|Environmental Information Regulations|EIRs?|(?:[A-Z][a-z]+ (?:(?:and|of|for|on) )?){1,5}Act(?: \d{4})?|Act"
    # "the information you have requested is not held, in line with Section 12(4)(a) of the Regulations" (the Devon
    # and Torbay Combined County Authority, under the EIR)
    r"|(?<=the )Regulations\b"
    # An Act by its year alone: "The practical effect of section 43 of the 2007 Act is that the SLCC cannot discuss
    # ..." (the Scottish Legal Complaints Commission, citing the Legal Profession and Legal Aid (Scotland) Act 2007)
    r"|(?:19|20)\d\d Act\b"
    # Another jurisdiction's law, named with its place in brackets: "Article 29(c) of Freedom of Information (Jersey)
    # Law 2011 is therefore engaged" (the Government of Jersey), an article of no UK Act.
    r"|(?:[A-Z][a-z]+ (?:(?:and|of|for|on) )?){1,5}\((?:[A-Z][a-z]+ ?){1,3}\) Law\b)",
)
# The sentence checks below run without IGNORECASE over ``_folded`` text (lower-cased as IGNORECASE compares
# letters), which lets the engine skip ahead to a first letter and compares characters without case-folding.
_APPLIED_RE = re.compile(
    # (a tribunal's order to answer "without reliance on section 14(1) Freedom of Information Act 2000" names the
    # exemption at issue: the First-tier Tribunal on Merevalley Federation)
    # (and "withhold" misspelt, heading a notice: "WITHOLDING INFORMATION / Section 30 Investigations and Proceedings
    # Conducted by Public Authorities", the Crown Prosecution Service's section 17 notice)
    r"exempt|exemption|exception|withh?[eo]ld|refus|appl(?:y|ies|ied|icable)|engag|rel(?:y|ies|ied|ying|iance) on"
    # (an adverb between: "Under section 12 of the FOI Act, DWP is not therefore obliged to comply with your request",
    # the Department for Work and Pensions)
    r"|not (?:therefore |thus |then )?obliged"
    # (or "under no duty": "The Council is under no duty to provide you with access to information you have already
    # seen under section 14(2) of the Freedom of Information Act as this information has not changed.", Stockport
    # Metropolitan Borough Council's email on a blog)
    r"|under no (?:duty|obligation)"
    # "The Trust does hold this information. However we are holding it under section 31 (1) of the Freedom of
    # Information Act 2000:" (University Hospitals Birmingham's log): held back, not merely held
    r"|(?:are|is|am) holding (?:it|them|this|that|the information|this information) under"
    # "a manual search which would take in excess of 18 hours as specified under Section 12 of the Freedom of
    # Information Act" (East Lancashire Hospitals NHS Trust's disclosure log)
    # (the formula in the third person too: "Hertfordshire Constabulary neither confirms nor denies that it holds
    # information")
    r"|neither confirms? nor den(?:y|ies)|cost limit|appropriate limit|exceed|in excess of|vexatious|repeated|redact"
    # the limit in hours: "... would take over 18 hours, therefore Section 12 o" (Northumbria Police's log, cut there)
    r"|(?:over|more than) (?:18|eighteen|24|twenty-four) hours"
    r"|prejudic"
    # "... does not record this information in such a format where the information requested would not provide the
    # potential to identify. This therefore falls under Section 40 for he Freedom of Information Act." (Royal Surrey
    # County Hospital NHS Foundation Trust's log); the section named right after, not a regime: "the information
    # requested falls under the Environment Information Regulations 2004 (EIR), as opposed to FOI. Section 39 ..." (the
    # Department for Infrastructure NI)
    r"|falls? (?:within|under) (?:section|s\.)"
    # FOISA's limit: "compliance with this request ... would cost Glasgow Life more than the upper limit allowed by
    # section 12(1) of the Act" (Culture and Sport Glasgow)
    r"|upper limit"
    r"|public interest|personal (?:data|information)|commercial|accessible|future publication|published|not held"
    # Section 21's own words: "Under Section 21 FOIA, this information is held and is publicly available within the
    # minutes of the Council Meeting held 24th July 2012." (Coventry City Council)
    r"|publicly available|reasonably available|already available"
    # Section 44's own words: "I can advise you Section 44 (1) of the FOI Act prohibits the release of information
    # where its disclosure is prohibited by or under any enactment" (the Health and Safety Executive for NI)
    r"|prohibit"
    # A neither-confirm-nor-deny claim in other words: "The public authority further argued that it was excluded from
    # confirming or denying whether it had sought ... Law Officers' advice ... by virtue of the provisions of sections
    # 35(1)(c) and 35(3)." (the ICO on the Government Equalities Office); FOISA's "refuse to confirm or deny".
    r"|confirm(?:ing)? or deny(?:ing)?"
    # The EIR's own words for 12(4)(b) and the EISR's 10(4)(b): "Crown Estate Scotland considered the request was
    # manifestly unreasonable in terms of regulation 10(4)(b) of the EIRs" (a Scottish Commissioner decision)
    r"|manifestly unreasonable"
    # The EIR's own words for an exception and for 12(4)(a): "excepted information in accordance with Regulation
    # 12(5)(b) of the EIRs", "In accordance with regulation 12(4)(a) I can confirm that PHE does not hold this
    # information" (Public Health England)
    r"|excepted|(?:does|do) not hold"
    # "We consider the above items to be covered by regulation 12(4)(d) within the EIR." (the London Borough of
    # Richmond upon Thames)
    r"|(?:be|is|are) covered by"
    # The harm test, stated before a list of the sections it engages (Hastings: "This means that disclosure
    # would: / • Make the Council more vulnerable to crime (Section 31)").
    r"|disclosure (?:would|could|is likely to|may)"
    # "I am afraid we are unable to disclose this to you pursuant to section 31(1)(a) of the Freedom of Information Act
    # 2000." (Fylde Borough Council on WhatDoTheyKnow)
    # (or "process" it: "it is with regret that NHS GM are not able to process this part of the request further by
    # virtue of sections 41(1) for all patients involved (living and deceased) and 40(2) for those living patients", NHS
    # Greater Manchester Integrated Care Board's published response)
    r"|(?:unable|not able) to (?:disclose|release|provide|supply|process)"
    r"|(?:cannot|can ?not) (?:be )?(?:disclose|release)"
    # "we will not be responding to under Section 14 of the FOI Act" (the London Borough of Newham on WhatDoTheyKnow,
    # of a run of like requests)
    r"|will not (?:be )?(?:respond|repl)",
)
# "We have not relied on section 35", "regulation 12(4)(b) rather than section 12", "section 43 covers
# commercial interests" (a general explanation of the Act): mentioned, not applied.
# A general explanation ("covers", "such as section") is one only where the sentence withholds nothing: "withheld
# ... in reliance on the exemption at section 22 of the Act which covers information intended for future
# publication" (Transport for Wales) applies it.
# A police force's neither-confirm-nor-deny formula applies the sections it names: "the duty in Section 1(1)(a) of
# the Freedom of Information Act 2000 does not apply by virtue of the following exemptions: Section 40(5) Personal
# Information Section 30(3) Investigations" (Nottinghamshire Police).
_NOT_APPLIED_RE = re.compile(
    r"\b(?:not|never|no longer) (?:relied|rely|relying|applied|apply(?!,? by virtue of)|applying|engaged|used|cited)\b"
    r"|\bis not engaged|\brather than\b|\binstead of\b"
    # What any authority cannot do, as guidance says: "69. An authority cannot claim section 12 for the cost and effort
    # associated with considering exemptions or redacting exempt information." (the ICO's guidance the National Police
    # Chiefs' Council quotes under its section 14 refusal); not a ruling on the body's own reliance ("Northby Town
    # Council cannot rely on section 12(1)", a tribunal's substituted decision notice, _RULED_OUT_RE)
    r"|\ban? (?:public )?authority (?:cannot|can not|may not) (?:claim|rely on|apply|use|cite)\b"
    # The section a commissioner says the body should have relied on, not the one it did: "Wrexham County Borough
    # Council refused this request on the basis of section 40(2) of the FOIA. The Commissioner's decision is that
    # Wrexham County Borough Council should have relied on section 40(5) in respect of this request to neither confirm
    # nor deny whether it held any relevant information." (an ICO decision notice)
    r"|\bshould (?:instead )?have (?:relied|applied|cited|used)\b"
    # "The original decision['s] ... public interest arguments applied under Section 31 of the Freedom of Information
    # Act 2000, have been disregarded at the IR decision stage." (Durham Constabulary's reply revised at review)
    r"|\b(?:has|have|was|were) (?:now )?been disregarded\b"
    # A section named as what another regime lacks: "The EIR do not contain a cost limit equivalent to section 12 of
    # the Freedom of Information Act." (Cheshire East Council's refusal under regulation 12(4)(b))
    r"|\bequivalent (?:to|of) (?:section|s\.)"
    # An exemption still being weighed, in a letter extending the time for the public interest test: "The particular
    # exemption we are considering is Section 30 (Investigations & proceedings conducted by Public Authorities)." (the
    # Health and Safety Executive)
    r"|\bexemptions? (?:that )?(?:we are|i am|is being|are being) (?:currently )?consider(?:ing|ed)\b"
    r"|^(?!.*(?:withh[eo]ld|reliance on|relying on)).*(?:\bcovers\b|\bcontains a number of\b|\bsuch as section)",
)
# A negation whose subject is another citation is that citation's: "Following the Commissioner-s determination that
# section 14(1) was not engaged and that the information should have been considered under the EIR, the Board then
# cited regulation 12(4)(b) on the basis that the excessive costs ... made it manifestly unreasonable." (an ICO decision
# notice on a drainage board) negates 14(1), not 12(4)(b).
_ANOTHERS_NEGATION_RE = re.compile(
    r"\b(?:sections?|regulations?|s\.?)[ \t]*(?P<num>\d+)[\da-z()]*[ \t]+"
    r"(?:(?:was|is|were|are|has been|had been|could|can|did|does)[ \t]+)?(?:not|never|no longer)[ \t]+"
    r"(?:engaged|relied|apply|applied)\b"
)


def _negated_here(sentence: str, number: str | None) -> bool:
    """Whether ``sentence`` says the section numbered ``number`` is not applied (``_NOT_APPLIED_RE``), leaving out what
    it says of other sections (``_ANOTHERS_NEGATION_RE``); of an exemption named without its number (``None``), every
    section's negation is another's."""
    if "not " in sentence or "never " in sentence or "no longer " in sentence:
        sentence = _ANOTHERS_NEGATION_RE.sub(lambda n: n.group() if n.group("num") == number else "", sentence)
    return _NOT_APPLIED_RE.search(sentence) is not None


# A ruling on a section the body relied on cites it still: "Lewisham Homes Limited is not entitled to rely on section
# 43(2) of the Freedom of Information Act 2000 to withhold the requested information, because that section is not
# engaged." (the First-tier Tribunal's substituted decision notice).
# Or a commissioner's finding: "The Commissioner has investigated the complaint and has found that section 43(2) is not
# engaged." (an ICO decision on the University of Salford, which relied on it at internal review).
# Or the fresh response a tribunal orders without it: "... the Woodroyd Medical Practice ... should issue a fresh
# response to the Appellants Request dated 13 June 2022, which does not rely on section 14(1) FOIA." (the First-tier
# Tribunal, the practice having refused the request as vexatious), an aside in brackets counting as one character: "...
# Hertsmere Borough Council must issue a fresh response to the Request (with the exception of the final element which
# seeks information as to how many bins have been replaced ...), which does not rely on section 14(1) of the Freedom of
# Information Act 2000." (the First-tier Tribunal).
_RULED_OUT_RE = re.compile(
    r"\bnot entitled to rely on\b|\b(?:wrongly|incorrectly) (?:relied|applied)\b"
    r"|\b(?:commissioner|tribunal)\b[^.]{0,60}?\b(?:found|finds|concluded|decided) that [^.]{0,60}?\bis not engaged\b"
    r"|\b(?:fresh|new) response\b(?:[^.(]|\([^()]{0,250}\)){0,60}?\b(?:which|that) (?:does|do|shall|must) not rely on\b"
)
# Likewise for the regex above: each of its matches holds one of these ("not rel" for "not relied",
# "not relying"; "not appl" for "does not apply").
_NOT_APPLIED_WORDS = (
    "authority cannot ",
    "authority can not ",
    "authority may not ",
    "not rel",
    "not appl",
    "not engaged",
    "not used",
    "not cited",
    "never ",
    "no longer ",
    "rather than",
    "instead of",
    "should ",
    "covers",
    "contains a number of",
    "such as section",
    "disregarded",
    "equivalent ",
    "consider",
)
# The cost limit explained, then set aside in the next sentence for a notice that the information is not held: "...
# there is a cost limit allowed by section 12(1) of the Act and the fees regulations made under the Act. However, as we
# do not hold the total figure that you have requested it is our view that it is more appropriate and accurate to
# advise you that, in accordance with Section 17 of the Act, the specific information you require is not held, rather
# than it is too costly to provide." (Glasgow City Council's letter; a gap named at stop 76)
_COST_SET_ASIDE_AFTER_RE = re.compile(
    r"[^.]{0,200}\.\s+however,?[^.]{0,300}\brather than (?:it (?:is|being|was) )?(?:too costly|too expensive"
    r"|(?:that it )?exceed(?:s|ing)? the (?:cost|appropriate) limit)"
)
# A sentence that opens on its condition, a numbered item's mark before it or not: "5. If collating the data by week
# would cause the request to exceed the cost limit under section 12 of the FOIA then please submit the information as
# a total" (a request on Hastings Borough Council's log, answered in full below it).
_OPENS_ON_IF = r"\s*(?:\(?\d{1,3}[a-z]?[.)]\s*|[a-z][.)]\s+)?if\b"
_OPENS_ON_IF_RE = re.compile(_OPENS_ON_IF)
# A warning, not a refusal: "The exemption at s14 may be engaged / if the burden of complying ..." (Essex Police's
# acknowledgement, the "if" on the next line).
# Or what the exemption is for, told in general: "In the case of section 40, the exemption may be used to redact
# personal information such as names or contact details from a range of different documents." (Ofcom, asked how often
# it had used section 40, refusing on cost).
_CONDITIONAL_RE = re.compile(
    r"[^.\n]{0,20}?\b(?:may|might|could|would) (?:be engaged|apply|be applied|be relied on)\s+if\b"
    r"|[^.\n]{0,20}?\b(?:may|might|can|could) be used to\b"
)
# A warning in a letter asking to narrow the request, the section not applied: "Please note that the broad scope of the
# questions you have asked is very likely in excess of the Section 12 threshold." and "... substantially similar
# requests ... can be aggregated ..., meaning that section 12 could still apply." (the Medicines and Healthcare products
# Regulatory Agency, asking whether the enquiry is about medicines or devices).
# Or a charge an acknowledgement says there may be: "please note that there may be a cost associated to your request in
# line with section 12 of the Act. If there is a cost associated with your request we will contact you" (Dudley
# Integrated Health and Care NHS Trust on WhatDoTheyKnow).
# Or the limit the request may exceed, the requester asked to narrow it: "From our preliminary assessment we consider
# that your request for information is wide ranging and may exceed the costs limit under Section 12 of the Freedom of
# Information Act 2000. Therefore we would ask you to narrow down the request" (NHS South West on WhatDoTheyKnow).
_WARNED_OF_RE = re.compile(
    r"\blikely (?:to be )?in excess of\b|\b(?:could|may|might) still apply\b"
    r"|\b(?:may|might|could) (?:well )?exceed the (?:costs?|appropriate|fees?) limit\b"
    r"|\bthere (?:may|might|could) be (?:a )?(?:costs?|charges?|fees?) associated\b"
    # (and, below it, when requests may be added together: "In accordance with section 12 of the Freedom of Information
    # Act 2000 where multiple requests for information are received from one person or by different persons who
    # appear to be acting in concert ...", the same acknowledgement)
    r"|\bwhere (?:multiple|two or more|several) requests\b"
    # (the right to the information stated, with its usual exception: "... and to be provided with a copy of that
    # information unless an appropriate exemption applies as detailed in Part II of the Freedom of Information Act
    # (2000), Section 12 or Section 14." (South Eastern Regional College's acknowledgement of the Act's duties)
    r"|\bunless (?:an?|any) (?:appropriate |relevant |applicable )?exemptions? (?:applies|apply)\b"
)
# What the section lets an authority do, said of any request: "Section 12 of the Act allows public authorities to
# refuse requests where the cost of dealing with them would exceed the appropriate limit" (the same letter). Not a
# subsection so described: "Section 12(1) of the Freedom of Information Act 2000 and sections 4(3) and 4(4) of the 'Fees
# Regulations' 2004 allow a public authority to refuse a request if the cost would exceed ..." names the one applied
# (SE Trains Limited on WhatDoTheyKnow, under "section 12 of the FOIA" in the refusal's first paragraph).
_WHAT_IT_ALLOWS_RE = re.compile(
    r"\ballows? (?:a |any |all )?(?:public )?(?:authorit(?:y|ies)|bodies|organisations) to refuse"
    r" (?:a |any )?requests?\b"
)
# Unless the letter goes on to estimate this request's cost over the limit: "Section 12 of the Freedom of Information
# Act makes allows a public authority to refuse requests for information where the cost of dealing with them would
# exceed the appropriate limit. ... We estimate that it would take far in excess of the appropriate limit to produce
# fares lists ..." (the Northern Ireland Transport Holding Company, Translink, on WhatDoTheyKnow).
_ESTIMATED_OVER_RE = re.compile(
    r"\b(?:we|i) (?:have )?(?:estimated?|calculated?)\b[^.]{0,100}?\b(?:exceed|in excess of|longer than)"
)
_ESTIMATE_REACH = 600  # characters after the citation
# A redaction the reply may make, not one it made: "either disclose it (subject to any applicable redactions of personal
# data pursuant to regulation 13 of the Environmental Information Regulations 2004) or claim any relevant exemptions"
# (the First-tier Tribunal's substituted decision notice on Norwich City Council).
_SUBJECT_TO_ANY_RE = re.compile(r"\bsubject to any (?:applicable |necessary |appropriate |relevant )?[^.;()]{0,60}$")
_SUBJECT_TO_ANY_REACH = 100  # characters before the citation
# A warning about requests to come, not this one: "We will consider any future request in line with the ICO guidance on
# vexatious request as per section 14 of the act." (Devon Partnership NHS Trust, answering the request in full).
_FUTURE_REQUESTS_ONLY_RE = re.compile(r"(?!.*\b(?:this|your|the) request\b).*\bfuture requests?\b", re.I)
# Section 17(5)'s own words, quoted to say the letter is a refusal notice: "A public authority which, in relation to
# any request for information, is relying on a claim that section 12 or section 14 applies must, within the time for
# complying with section 1(1), give the applicant a notice stating that fact." (West Midlands Police's disclosure log,
# refusing under section 12 alone).
_REFUSAL_NOTICE_DUTY_RE = re.compile(r"\ba public authority which\b[^.]{0,80}\bis relying on a claim that\b")
# A section named as what the information is not: section 24(1)'s own words, "Information which does not fall within
# section 23(1) is exempt information if ...", quoted by Nottinghamshire Fire and Rescue Service under its heading.
# Or section 31(1)'s: "Information which is not exempt information by virtue of section 30 is exempt information if
# ..." (Southport and Ormskirk Hospital NHS Trust quoting the section it applies).
_OUTSIDE_OF_RE = re.compile(r"\bnot fall(?:s|ing)? within (?:the scope of )?$|\bnot exempt information by virtue of $")
# A section asked about, in the request a reply restates: "requesting ... a schedule of freedom of information requests
# ... and, where some or none of the information requested was disclosed, whether a Section 43(2) exemption was
# applied." (Belfast City Council's section 12 refusal)
_WHETHER_RE = re.compile(r"\bwhether (?:or not )?(?:an? |the |any )?(?:exemptions? (?:under |at |in )?)?$")
# Or asked about in a question of the request the reply repeats above its answer: "2) How many FOI Section 21
# exemptions did you employ during this same time" (Trafford Metropolitan Borough Council on WhatDoTheyKnow, refusing
# that part under section 12). The sentence is the question's, its item's mark before it.
_ASKED_ABOUT_RE = re.compile(
    r"[ \t*]*(?:(?:q(?:uestion)?[ \t]*)?\d{1,2}[.):]?[ \t]+)?"
    r"(?:how many|how much|how often|what number|did you|do you)\b"
)
# Or a kind of case named for the section, what the request is about: "Information about FOI complaints to the ICO
# where section 14 refusals are a factor, including number received, outcomes, ..." (the ICO's disclosure log).
_A_KIND_OF_CASE_AFTER_RE = re.compile(r"[ \t]+(?:refusals|requests|cases|complaints|appeals)\b")
_NCND_RE = re.compile(r"neither confirm(?:s|ing)? nor den(?:y|ies|ying)|confirm or deny")
# Two patterns, not one alternation, so that each starts with a literal the engine can skip to.
_PIT_MAINTAIN_RES = (
    re.compile(r"public interest in (?:maintaining|withholding|applying)[^.]{0,80}outweighs"),
    re.compile(r"outweighs? the public interest in (?:disclos|releas)"),
)
_PIT_DISCLOSE_RE = re.compile(r"public interest in (?:disclos|releas)\w*[^.]{0,60}outweighs")
_STATED_GENERAL_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:this|it|which) is (?:an? )?[\w -]{0,30}?\b(absolute|qualified) exemption"
)
_NOT_SUBJECT_RE = re.compile(r"not subject to (?:the |a )?public interest")
# A section's subsections named after it in words: "Section 40 subsections 2 and 3(A)(a)" (see extract_exemptions).
_SUBSECTION = r"\d{1,2}[A-Za-z]?(?:\([0-9a-zA-Z]{1,4}\))*"
_SUBSECTIONS_AFTER_RE = re.compile(
    rf"[ \t]+sub-?sections?[ \t]+(?P<list>{_SUBSECTION}(?:[ \t]*(?:,|and|&)[ \t]*{_SUBSECTION})*)(?![\w(])", re.I
)
# (a capital in brackets straight after the number is the subsection's own letter: "3(A)(a)" is 3A(a))
_SUBSECTION_RE = re.compile(r"(?P<first>\d{1,2}(?:[A-Za-z]|\([A-Z]\)(?=\())?)(?P<rest>(?:\([0-9a-zA-Z]{1,4}\))*)")
# Letters IGNORECASE takes for ASCII ones that str.lower() leaves apart ("ſ" is "s", the Kelvin sign "k");
# "İ" is also the one character whose lower case is two characters long.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})
_SKIP_BOILERPLATE = {"review_rights", "commissioner", "whatdotheyknow", "copyright", "email_disclaimer"}


@dataclass
class _Found:
    act: Legislation
    section: str
    spans: list[SpanFields] = field(default_factory=list)  # the record is validated with its spans at once


_UNCLOSED_BRACKET_RE = re.compile(r"(\([0-9a-z]{1,4})(?=\()")


# A scan's "l" for the digit one as the first bracket after the number, which no Act's twelfth paragraph stands in:
# "section 42(L)" beside "section 42(1)" in the Information Commissioner's decision on North Yorkshire Police, read by
# OCR.
_SCANNED_ONE_RE = re.compile(r"^\(l\)")


def normalise_section(number: str, sub: str) -> str:
    """'43', ' (2)' -> '43(2)'; '31', '(1)(A)' -> '31(1)(a)' (no spaces, lower-case letters)."""
    sub = _UNCLOSED_BRACKET_RE.sub(r"\1)", "".join(sub.split()).lower())
    sub = _SCANNED_ONE_RE.sub("(1)", sub)
    if sub[:1].isdigit():
        sub = f"({sub[0]}){sub[1:]}"  # "38 1(b)" (see _CITATION_RE)
    if sub[-1:].isalpha():
        sub = f"{sub[:-1]}({sub[-1]})"  # "12 (5)e" (see _NAMED_CITATION_RE)
    return (number.upper() if number[-1:].isalpha() else number) + sub


def fold_case(text: str) -> str:
    """``text`` lower-cased as IGNORECASE compares letters, offsets kept: an ASCII lower-case pattern finds
    in it, without IGNORECASE, just what the pattern finds in ``text`` with IGNORECASE."""
    if not text.isascii() and any(c in text for c in "ſıİ\u212a"):
        text = text.translate(_FOLD)
    return text.lower()


def _folded(ctx: Context) -> str:
    """``fold_case`` of the whole text, computed once a parse."""
    folded: str | None = ctx.memo.get("exemptions:folded")
    if folded is None:
        folded = ctx.memo["exemptions:folded"] = fold_case(ctx.text)
    return folded


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start:end``: from the last stop or line break before it to the next after it."""
    # (each stop is looked for within the line only: looking through the whole text for one took 2 s on a reply of
    # 8,000 lines that end in a full stop each)
    line_start = text.rfind("\n", 0, start)
    left = max(line_start, text.rfind(". ", max(line_start, 0), start))
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    right = text.find(". ", end, line_end)
    return text[left + 1 : right if right != -1 else line_end]


def _wrapped_rest(text: str, end: int) -> str:
    """The rest of a sentence a hard-wrapped email carries onto its next lines ("I can advise you Section 44 (1) of
    / the FOI Act prohibits the release of information ...", the Health and Safety Executive for Northern Ireland):
    from the line end after ``end`` to the sentence's end, a blank line or 200 characters, whichever comes first."""
    newline = text.find("\n", end)
    if (
        newline == -1
        or text.find(". ", end, newline) > -1
        or text[end:newline].rstrip().endswith((".", "?", "!", ":", ";"))
        or text[newline + 1 : newline + 2] in ("\n", "")
    ):
        return ""
    limit = min(len(text), newline + 200)
    stops = [i for i in (text.find(". ", newline, limit), text.find("\n\n", newline, limit)) if i != -1]
    return text[newline + 1 : min(stops) if stops else limit]


@cache
def _named_citations(catalogue: Catalogue) -> LabelScanner:
    """``_NAMED_CITATION_RE`` tried only where its words start ("foi", "eir", "exem" ...), found by the catalogue's
    one literal pass (cached by catalogue, which hashes by identity)."""
    return LabelScanner(_NAMED_CITATION_RE, _NAMED_CITATION_STARTS, catalogue.literal_index)


# The reply's voice applying a section, in the request's section (over folded text; see extract_exemptions).
_WE_APPLY_RE = re.compile(r"\bwe (?:are|have|will|must|do|cannot|can|consider)\b")
# Another Act's notice or order named by its section: "Section 21 evictions", "a valid section 21 notice" (the Housing
# Act 1988's, in Hastings Borough Council's published response on homelessness), "a section 106 agreement".
_ANOTHER_ACTS_INSTRUMENT_AFTER_RE = re.compile(r"[ \t]+(?:notices?|evictions?|orders?|agreements?)\b")


def _citations(lower: str, catalogue: Catalogue) -> list[re.Match[str]]:
    """``_CITATION_RE.finditer(lower)``, tried only where a keyword can start: "r" and "s" are everywhere
    in English, so testing each of them costs more than the rest of this extractor."""
    starts = [m.start() for m in _S_KEYWORD_RE.finditer(lower)]
    starts.extend(m.start() for m in _R_KEYWORD_RE.finditer(lower))
    found = matches_at(_CITATION_RE, lower, starts)
    # (all but "Exclusion 31:", "exemption 43 – ..." and "exemptions 31, 33 ..." print a bracket)
    if "(" in lower or "exclusion " in lower or "exemption " in lower or "exemptions " in lower:
        found.extend(_named_citations(catalogue).finditer(lower))
        found.sort(key=lambda m: m.start())
    return found


def _default_act(
    keyword: str, legislation: list[Legislation], section: str, tables: dict[str, dict[str, ExemptionInfo]]
) -> Legislation:
    keyword = keyword.lower().rstrip("s")
    if keyword in _ACT_KEYWORDS:
        return _ACT_KEYWORDS[keyword]
    if keyword.startswith("section") and " of " in keyword:
        return _ACT_KEYWORDS[keyword.rsplit(" ", 1)[1]]  # "sections of FOIA"
    if keyword in {"exemption", "exception"}:
        # No keyword says which regime: the first of the text's regimes that has the section ("11(2)" is an
        # EISR exception, not a FOISA exemption).
        # An exception is the Regulations' word, so their regimes are tried first: "Under Environmental Information
        # Regulations parts of the correspondence ... is being refused under Exception 12(5)(b)" (Hastings Borough
        # Council's log, headed "FOI request"), not the Act's section 12.
        regimes = (
            sorted(legislation, key=lambda act: act not in _REGULATIONS) if keyword == "exception" else legislation
        )
        for act in regimes:
            if act != "DPA" and _lookup(tables.get(act, {}), section) is not None:
                return act
        # (an exception is the Regulations' word)
        keyword = "reg" if keyword == "exception" else "s"
    if keyword.startswith(("reg", "r.")):
        return "EISR" if "EISR" in legislation or ("FOISA" in legislation and "EIR" not in legislation) else "EIR"
    if "EIR" in legislation and _EIR_EXCEPTION_RE.match(section):
        # The Regulations' exception called a section: "the exclusion under section 14 of the Freedom of Information
        # Act 2000 ... or, if the information could be deemed to be environmental, the exception under section
        # 12(4)(b) applied under the Environmental Information Regulations 2004" (an ICO summary on Stevenage Borough
        # Council). No one cites the Act's own 12(4) and 12(5), which say how costs are estimated.
        return "EIR"
    return "FOISA" if "FOISA" in legislation and "FOIA" not in legislation else "FOIA"


_EIR_EXCEPTION_RE = re.compile(r"12\([45]\)\([a-g]\)")
_REGULATIONS: frozenset[Legislation] = frozenset({"EIR", "EISR"})


def _act_named(after: str) -> Legislation | Literal["other"] | None:
    """The regime named right after a citation; "other" for another Act ("Children Act 1989")."""
    m = _ACT_AFTER_RE.match(after)
    if not m:
        return None
    act = m.group("act").lower()
    if act.endswith(" law"):
        return "other"
    if ("scotland" in act and "regulation" in act) or act.startswith("eisr"):
        return "EISR"
    if "scotland" in act or act.startswith(("foisa", "foi(s)a", "fois")):
        return "FOISA"
    if "environmental" in act or act.startswith("eir") or act == "regulations":
        return "EIR"
    # (misspelt too: "I am exempting this information pursuant to Section 31 and Section 43 of the Freedom of Informaton
    # Act 2000", North Yorkshire Police's disclosure log; no other Act's name starts "Freedom of")
    if "freedom of" in act or act in {"foia", "foi act", "act", "2000 act"}:
        return None
    if act == "2002 act":  # FOISA by its year: "exempt under section 30(b)(i) of the 2002 Act"
        return "FOISA"
    return "other"


def _lookup(table: dict[str, ExemptionInfo], section: str) -> tuple[str, ExemptionInfo] | None:
    """The table entry for a normalised section, the most specific first: EIR keys are full ("12(4)(b)"),
    FOIA keys are mostly the number ("43" for "43(2)")."""
    parts = section.split("(")
    for n in range(len(parts), 0, -1):
        key = "(".join(parts[:n])
        if key in table:
            return key, table[key]
    return None


def _exemption_of(ctx: Context, act: str, section: str) -> tuple[str, ExemptionInfo] | None:
    """The table entry of the exemption ``section`` of ``act`` cites (``_lookup``), or None: the Act has none there,
    or the subsection is a condition of another's (patterns/exemptions.yaml ``conditions``, "40(3A)")."""
    conditions = ctx.catalogue.exemption_conditions.get(act, ())
    if conditions and section.upper().startswith(conditions):
        return None
    return _lookup(ctx.catalogue.exemptions.get(act, {}), section)


_BRACKET_RE = re.compile(r"\(\s?([0-9a-zA-Z]{1,4})\s?\)")


def _neither_confirms_nor_denies(tables: dict[str, dict[str, ExemptionInfo]], section: str) -> bool:
    """Whether ``section`` is a provision to neither confirm nor deny in any regime's table (patterns/exemptions.yaml
    ``ncnd``)."""
    for table in tables.values():
        entry = _lookup(table, section)
        if entry is not None and section in entry[1].ncnd:
            return True
    return False


def _letters_between(first: str, last: str) -> list[str]:
    """The brackets between two of a run that differ in a last single letter: "(1)(a)" to "(1)(d)" -> "(1)(b)",
    "(1)(c)"; none for any other pair (a run of more than eight is no citation's)."""
    head, _, a = first.replace(" ", "").rstrip(")").rpartition("(")
    other, _, b = last.replace(" ", "").rstrip(")").rpartition("(")
    if head != other or len(a) != 1 or len(b) != 1 or not a.isalpha() or not b.isalpha():
        return []
    if not 0 < ord(b) - ord(a) <= 8:
        return []
    return [f"{head}({chr(code)})" for code in range(ord(a) + 1, ord(b))]


# Paragraphs of one subsection printed side by side, each in its own brackets: "section 31(1)(a)(b) and (c), which
# relates to the prevention or detection of crime, the apprehension and prosecution of offenders and the operation of
# the immigration controls" (the Home Office's internal review). The citation is kept as printed (LABELLING.md); a
# sibling after it stands beside the whole run, not inside its first letter.
_SIDE_BY_SIDE_LETTERS_RE = re.compile(r"(?:\(\s?[a-z]\s?\)\s?){2,}$", re.I)


def _sibling_sub(prev_sub: str, sub: str) -> str:
    """The brackets of ``sub`` (a citation without its number) set beside the previous citation's brackets: in
    place of the deepest bracket of the same kind. "36(2)(b)(i) and (ii) and (c)" is 36(2)(b)(ii) and 36(2)(c)
    (the Department of Health and Social Care), not 36(2)(b)(c); "31(1)(a) and (b)" is 31(1)(b); "31(1)(a)(b) and
    (c)" is 31(1)(c), not 31(1)(a)(c)."""
    if (run := _SIDE_BY_SIDE_LETTERS_RE.search(prev_sub)) is not None:
        letters = [ord(letter.lower()) for letter in _BRACKET_RE.findall(run.group())]
        if all(later == earlier + 1 for earlier, later in itertools.pairwise(letters)):  # not "(b)(i)", a roman below
            prev_sub = prev_sub[: run.start()] + f"({chr(letters[-1])})"
    brackets = _BRACKET_RE.findall(prev_sub)
    new = _BRACKET_RE.findall(sub)
    if not brackets or not new:
        return sub
    return "".join(f"({b})" for b in brackets[: sibling_level(brackets, new[0])]) + sub


# FOISA's own words for the body answering, where no regime is named: "Some of the information you have requested cannot
# be provided as it is covered under Section 25 of the Act, which provides that a Scottish public authority may refuse
# to make information available where the information is otherwise accessible." (Redress Scotland's log, its page
# naming no Act). The UK Act says "public authority" alone.
_SCOTTISH_PUBLIC_AUTHORITY_RE = re.compile(r"\ba scottish public authority\b")


def _outside_the_boilerplate_words(ctx: Context, citation: re.Match[str]) -> bool:
    """Whether a citation in a paragraph the Commissioner's boilerplate marks stands in a sentence with no boilerplate
    words: a decision's summary tells of the complaint in review rights' words, "The Council refused the request under
    regulation 12(4)(b) of the EIR - that it was manifestly unreasonable. However the Council's refusal failed to inform
    the complainant ... of the right to appeal to the Information Commissioner." (the ICO's decision on Leeds City
    Council, summarised on swarb.co.uk)."""
    start, end = ctx.sentence_around(citation.start(), citation.end())
    # (a page flattened with no space after its stops: "... awaiting a decision from the Information Commissioner.02255F
    # - This reference should read 02255AF ... Rocklands Caravan Park.NOTICE OF REFUSALUnder Environmental Information
    # Regulations the letter ref: 02255AF is being refused under Exception 12(5)(b)", Hastings Borough Council's log)
    glued_before = [m.end() for m in _GLUED_STOP_RE.finditer(ctx.text, start, citation.start())]
    if glued_before:
        start = glued_before[-1]
    glued_after = _GLUED_STOP_RE.search(ctx.text, citation.end(), end)
    if glued_after is not None:
        end = glued_after.end()
    return ctx.catalogue.boilerplate_re.pattern.search(ctx.lower, start, end) is None


# A full stop with no space after it, between a word's end and the next sentence's capital or figure.
_GLUED_STOP_RE = re.compile(r"(?<=[a-z)\]\u2019'\"])\.(?=[A-Z0-9])")


def extract_exemptions(ctx: Context, legislation: list[Legislation]) -> list[Exemption]:
    if not legislation and (_SCOTTISH_PUBLIC_AUTHORITY_RE.search(ctx.lower) or cites_the_scottish_act(ctx)):
        legislation = ["FOISA"]
    text = ctx.text
    layout = ctx.layout
    tables = ctx.catalogue.exemptions
    folded = _folded(ctx)
    found: dict[tuple[Legislation, str], _Found] = {}
    named_acts: dict[str, Legislation] = {}  # section -> the regime a citation of it named
    defaulted: set[tuple[Legislation, str]] = set()  # citations whose regime no word named
    headings_applied = False  # a citation heading its own line ("Section 36(2)(b) and (c): ...") was applied
    citations_found = _citations(ctx.lower, ctx.catalogue)
    # The sections the text ties to another Act by name: "2. Of these referrals, how many were investigated under
    # Section 42 of the Care Act 2014?" above "Section 42 criteria (of the Care Act 2014) is applied to determine if
    # further enquiries are required under Section 42." (Devon County Council's published response); cited bare, as
    # printed, they are that Act's.
    of_other_acts = {
        normalise_section(m.group("num"), m.group("sub"))
        for m in citations_found
        if _act_named(text[m.end() : m.end() + 80]) == "other"
    }
    for m in citations_found:
        if layout.in_quoted(m.start()):
            continue
        boiler = layout.boilerplate_kind(m.start())
        if boiler in _SKIP_BOILERPLATE and not (boiler == "commissioner" and _outside_the_boilerplate_words(ctx, m)):
            continue
        if layout.by_requester(m.start()) or under_provisions_heading(ctx, m.start()):
            continue
        sentence = _sentence(folded, m.start(), m.end())
        if ctx.layout.in_request_section(m.start()) and not _WE_APPLY_RE.search(sentence):
            # the request's words under its heading: "1. FOI2025/00075 Request / ... / - Data on generic MA approvals
            # ..., excluding personal data (s.40), 01/01/2020-31/10/2025. / 2. Our reply" (the Veterinary Medicines
            # Directorate's release on GOV.UK, which applies section 21 alone); "... care should be taken to only
            # exclude information in accordance with FOIA S40 (2). / Response" (the North Yorkshire Police, Fire and
            # Crime Commissioner's log). Not the reply's words run on under the request with no heading between:
            # "We are applying the exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002" (the
            # Scottish Government's releases).
            continue
        if ctx.catalogue.requester_argument_re.search(sentence):
            continue
        if _not_applied(sentence, m.group("num")):
            continue
        if m.group("num") == "12" and _COST_SET_ASIDE_AFTER_RE.match(folded, m.end()):
            continue
        if _CONDITIONAL_RE.match(folded, m.end()) or HYPOTHETICAL_RE.match(sentence):
            continue
        if _OPENS_ON_IF_RE.match(sentence):
            continue
        if _WARNED_OF_RE.search(sentence):
            continue
        if (
            "allow" in sentence
            and "(" not in folded[m.start() : m.end()]
            and _WHAT_IT_ALLOWS_RE.search(sentence)
            and not _ESTIMATED_OVER_RE.search(folded, m.end(), m.end() + _ESTIMATE_REACH)
        ):
            continue
        if "future request" in sentence and _FUTURE_REQUESTS_ONLY_RE.match(sentence):
            continue
        if "relying on a claim" in sentence and _REFUSAL_NOTICE_DUTY_RE.search(sentence):
            continue
        if _OUTSIDE_OF_RE.search(folded, max(0, m.start() - 40), m.start()):
            continue
        if _WHETHER_RE.search(folded, max(0, m.start() - 40), m.start()):
            continue
        if _ASKED_ABOUT_RE.match(sentence) or _A_KIND_OF_CASE_AFTER_RE.match(folded, m.end()):
            continue
        if _ANOTHER_ACTS_INSTRUMENT_AFTER_RE.match(folded, m.end()):
            continue
        if _SUBJECT_TO_ANY_RE.search(folded, max(0, m.start() - _SUBJECT_TO_ANY_REACH), m.start()):
            continue
        enabling = _BY_VIRTUE_OF_SECTION_RE.search(ctx.lower, max(0, m.start() - _BY_VIRTUE_OF_REACH), m.start())
        if (
            enabling is not None
            and enabling.group("num") == m.group("num")
            and not _neither_confirms_nor_denies(
                tables, normalise_section(enabling.group("num"), enabling.group("sub"))
            )
        ):
            # The subsection through which the cited one applies: "Section 31(1)(g) by virtue of S31(2) - Law
            # Enforcement" (the West Yorkshire Police and Crime Commissioner): 31(2) lists the purposes 31(1)(g)
            # protects, and is not applied on its own. Not the exemption a refusal to confirm or deny rests on:
            # "The university refused to confirm or deny ... under section 43(3) by virtue of section 43(2) - the
            # exemption for commercial interests" (the ICO's decision on Royal Holloway, University of London)
            # applies both.
            continue
        # A list entry ("Section 23(5) Information supplied by ... Security Bodies") takes its cue from the
        # lines that introduce it ("by virtue of the following exemptions:").
        heading = _CITATION_HEADING_RE.match(text, m.end()) is not None and not text[
            layout.line_at(m.start()).start : m.start()
        ].strip(" \t*_-•")
        if (
            not _APPLIED_RE.search(sentence)
            and not _APPLIED_RE.search(folded, max(0, m.start() - 250), m.start())
            and not _APPLIED_RE.search(_wrapped_rest(folded, m.end()))
            and not (heading and headings_applied)
            and not _cited_as_an_answer(ctx, m.start())
            and not _heads_the_reply(ctx, m.start(), m.end())
        ):
            continue
        headings_applied = headings_applied or heading
        citations = [(m.group("num"), m.group("sub"), m.start(), m.end())]
        pos = m.end()
        if not m.group("sub") and (named_subsections := _SUBSECTIONS_AFTER_RE.match(text, pos)) is not None:
            # The section's subsections named after it in words: "the exemption in Section 40 subsections 2 and 3(A)(a)
            # of the Freedom of Information Act" (the NHS Business Services Authority's letter) is 40(2) and 40(3A)(a).
            citations = [
                (
                    m.group("num"),
                    f"({sub.group('first').replace('(', '').replace(')', '')}){sub.group('rest')}",
                    m.start(),  # (the section's number and the subsection both shown)
                    sub.end(),
                )
                for sub in _SUBSECTION_RE.finditer(text, named_subsections.start("list"), named_subsections.end())
            ]
            pos = named_subsections.end()
        plural = m.group("kw").lower().startswith(("sections", "regulations", "ss", "exemptions"))
        while True:
            purposes = _BY_VIRTUE_OF_PURPOSES_RE.match(text, pos)
            if purposes is not None:
                pos = purposes.end()  # the purposes a section serves, not sections of their own
            more = _MORE_RE.match(text, pos)
            if more is None:
                more = _NUMBERED_MORE_RE.match(text, pos)
                # "sections 21 and 22", but not "section 12 and 18 hours": a bare number needs a plural, or a
                # citation with its subsection before it, which a count never follows: "Some of the information is
                # exempt under Regulation 12(3) and 13 which provides an exemption for ... personal data" (the
                # British Geological Survey on UK Research and Innovation's log).
                # Or the Act named right after it: "withheld other sections under section 41 and 43 of the FOIA" (the
                # ICO's decision on the University of Sussex).
                # Or joined by an ampersand, which runs a list of sections, not a count: "exempt by virtue of Section 21
                # & 22 and we have detailed our rationale" (the Police Service of Northern Ireland's disclosure log).
                if (
                    more is not None
                    and not more.group("sub")
                    and not plural
                    and not citations[-1][1]
                    and _ACT_AFTER_RE.match(text[more.end() : more.end() + 80]) is None
                    and "&" not in text[pos : more.start("num")]
                ):
                    more = None
            if not more or more.end() == pos:
                break
            number = more.group("num")
            sub = more.group("sub") or ""
            if number is None:  # "31(1)(a) and (b)": a sibling of a bracket of the previous citation
                prev_number, prev_sub = citations[-1][0], citations[-1][1]
                sub = _sibling_sub(prev_sub, sub)
                number = prev_number
                if more.group("to"):
                    # the paragraphs between: "27(1)(a) to (d)" applies (b) and (c) too, each grounded on the run
                    run_start = citations[-1][2]
                    for between in _letters_between(prev_sub, sub):
                        citations.append((number, between, run_start, more.end()))
            citations.append(
                (number, sub, more.start("sub") if more.group("num") is None else more.start("num"), more.end())
            )
            pos = more.end()
        named = _act_named(text[pos : pos + 80])
        if named == "other" or (
            named is None and len(citations) == 1 and normalise_section(m.group("num"), m.group("sub")) in of_other_acts
        ):
            continue
        if named == "EIR" and "EISR" in legislation and "EIR" not in legislation:
            # In a reply handled under the Scottish regulations alone, "the Regulations" and "the EIRs" are those
            # (as extract_legislation reads "the EIRs" after the EISR are named).
            named = "EISR"
        first_section = normalise_section(m.group("num"), m.group("sub"))
        act: Legislation = (
            named if named is not None else _default_act(m.group("kw"), legislation, first_section, tables)
        )
        for number, sub, start, end in citations:
            section = normalise_section(number, sub)
            if _exemption_of(ctx, act, section) is None:
                continue
            item = found.setdefault((act, section), _Found(act, section))
            item.spans.append(ctx.span_fields(start, end))
            if named is None:
                defaulted.add((act, section))
            else:
                named_acts.setdefault(section, act)
    # A decision's list of provisions stands in for its prose only when the prose names no exemption: the list names
    # the purposes and conditions of the sections the prose cites, and sections no one applied ("12 (Excessive cost
    # of compliance)" beside "The University refused the request under section 14(2) of FOISA", the Scottish
    # Information Commissioner on the University of Glasgow).
    bare = {(act, section) for act, section in found if "(" not in section}
    provisions_listed = _listed_exemptions(ctx)
    if not found:
        listed = provisions_listed
    elif bare:
        # Where the prose cites a section bare, the list's subsection of it is the specific citation: "the College was
        # entitled to rely on section 25 of FOISA" above "Relevant statutory provisions ... 25(1) (Information
        # otherwise accessible)" (the Scottish Information Commissioner on West College Scotland) is 25(1).
        listed = [
            (act, section, start, end)
            for act, section, start, end in provisions_listed
            if "(" in section and (act, section.split("(", 1)[0]) in bare
        ]
    else:
        listed = []
    if found:
        cited = {(act, section.split("(", 1)[0]) for act, section in found}
        listed = [*listed, *_listed_and_summarised(ctx, provisions_listed, cited)]
    for act, section, start, end in [*listed, *_titled_list(ctx, legislation), *_subsections_listed(ctx, found)]:
        item = found.setdefault((act, section), _Found(act, section))
        item.spans.append(ctx.span_fields(start, end))
    if not found:
        for act, section, start, end in _described_exceptions(ctx, legislation):
            item = found.setdefault((act, section), _Found(act, section))
            item.spans.append(ctx.span_fields(start, end))
    for act, section, start, end in _ico_findings(ctx):
        table = tables.get(act, {})
        if _lookup(table, section) is not None:
            item = found.setdefault((act, section), _Found(act, section))
            item.spans = sorted([*item.spans, ctx.span_fields(start, end)], key=lambda span: span["start"])
    # A bare citation of a section the text cites under a named regime is that regime's: "cannot rely on the exception
    # in section 12(4)(b) EIR ... inform Mr Windas if it relies upon another EIR exception, other than section
    # 12(4)(b)" (a First-tier Tribunal decision on Withernsea Town Council), not FOIA's section 12.
    for act, section in defaulted:
        named_act = named_acts.get(section)
        if named_act is not None and named_act != act:
            _fold_into(found, (act, section), (named_act, section))
    _fold_subsections_left_out(found)
    # "section 31" beside "31(1)(a)": only the specific citation is kept (shared/corpus/LABELLING.md); so is
    # "section 35(1)" beside "section 35(1)(a)" (an ICO decision on the Department for Communities).
    general = {(act, section[:i]) for act, section in found for i, c in enumerate(section) if c == "("}
    results: list[Exemption] = []
    for (act, section), item in found.items():
        if (act, section) in general:
            continue
        results.append(_record(ctx, item, tables.get(act, {})))
    results.sort(key=lambda e: e.spans[0].start)
    return results


# A list of bare section numbers, each with its exemption's name, under words that apply them: "BEIS has applied a
# Public Interest Test extension for a further 20 days under the following sections of the FOI Act 2000: / 27 –
# International Relations / 35 – Formulation of Government Policy" (the Department for Business, Energy and Industrial
# Strategy on WhatDoTheyKnow). The number alone is no citation; the number with the name the Act gives it is.
_TITLED_LIST_INTRO_RE = re.compile(
    r"\b(?:sections|exemptions|(?P<regulations>regulations|exceptions))\b[^\n]{0,60}:[ \t]*\n", re.I
)
_TITLED_ENTRY_RE = re.compile(
    r"[ \t]*(?P<num>\d{2}[A-Z]?)(?P<sub>(?:\([0-9a-z]{1,4}\))*)[ \t]*[-\u2013\u2014:][ \t]*"
    r"(?P<title>[A-Za-z][^\n]{2,80}?)[ \t.;]*$",
    re.M,
)
# Or a bullet's provision with its subsection, what it protects in brackets after it: "we are unable to provide some of
# the information you have requested because of exceptions under regulations: / - 11(2) (personal data of third party)
# / - 10(5)(b) (substantial prejudice to course of justice, fair trial, or criminal or disciplinary inquiry) / -
# 10(4)(e) (internal communications)" (the Scottish Government's EIR release on gov.scot). The subsection makes it a
# citation; the words in brackets are the writer's, not the title the Act gives it.
_BRACKETED_ENTRY_RE = re.compile(
    r"[ \t]*[\u2022\u00b7*-][ \t]*(?P<num>\d{1,2}[A-Z]?)(?P<sub>(?:\([0-9a-z]{1,4}\))+)"
    r"[ \t]+\([^()\n]{3,120}\)[ \t.;]*$",
    re.M,
)


# A section cited with its paragraphs but its subsection left out: "31(a)(b)".
_SUBSECTION_LEFT_OUT_RE = re.compile(r"(?P<num>\d+[A-Z]?)(?P<rest>\([a-z]+\).*)")


def _fold_subsections_left_out(found: dict[tuple[Legislation, str], _Found]) -> None:
    """Folds a citation whose subsection was left out into the one of the same section that prints it, its
    paragraphs the same: "Section 31(a)(b) - Law Enforcement" in the list of exemptions, "Section 31(1)(a)(b) - Law
    Enforcement - allows public authorities to withhold information ..." in the reasons below it (the Metropolitan
    Police Service's reply) cite one exemption."""
    for act, section in list(found):
        short = _SUBSECTION_LEFT_OUT_RE.fullmatch(section)
        if short is None:
            continue
        pattern = re.compile(rf"{re.escape(short['num'])}\(\d+\){re.escape(short['rest'])}")
        fuller = [key for key in found if key[0] == act and pattern.fullmatch(key[1])]
        if len(fuller) == 1:
            _fold_into(found, (act, section), fuller[0])


def _fold_into(
    found: dict[tuple[Legislation, str], _Found], key: tuple[Legislation, str], into: tuple[Legislation, str]
) -> None:
    """Moves citation ``key``'s spans to citation ``into`` (made if not found yet), in order of start."""
    moved = found.pop(key)
    target = found.setdefault(into, _Found(*into))
    target.spans = sorted([*target.spans, *moved.spans], key=lambda span: span["start"])


def _titled_list(ctx: Context, legislation: list[Legislation]) -> list[tuple[Legislation, str, int, int]]:
    """The entries of each list of numbered, named exemptions under an introduction that applies them: (act,
    section, start, end), the number the span."""
    listed: list[tuple[Legislation, str, int, int]] = []
    tables = ctx.catalogue.exemptions
    for intro in _TITLED_LIST_INTRO_RE.finditer(ctx.text):
        line_start = ctx.text.rfind("\n", 0, intro.start()) + 1
        introduction = ctx.lower[line_start : intro.end()]
        if ctx.layout.by_requester(intro.start()) or not _APPLIED_RE.search(introduction):
            continue
        pos = intro.end()
        while (entry := _TITLED_ENTRY_RE.match(ctx.text, pos) or _BRACKETED_ENTRY_RE.match(ctx.text, pos)) is not None:
            section = normalise_section(entry.group("num"), entry.group("sub"))
            act = _default_act("regulation" if intro.group("regulations") else "section", legislation, section, tables)
            found = _lookup(tables.get(act, {}), section)
            if found is None or (
                entry.re is _TITLED_ENTRY_RE
                and found[1].name.casefold() != " ".join(entry.group("title").split()).casefold()
            ):
                break
            listed.append((act, section, entry.start("num"), entry.end("sub")))
            pos = entry.end() + 1
    return listed


# A list of a cited section's subsections, one an entry, a bullet perhaps before it and its purpose after: "Section
# 31(3) provides that the duty to confirm or deny ... would be likely to prejudice any of the matters specified in
# section 31(1) of FOIA. In this case, confirming or denying whether any information is held would be likely to
# prejudice: / • 31(1)(a) - the prevention or detection of crime / • 31(1)(b) - the apprehension or prosecution
# of offenders" (the Insolvency Service's refusal).
_SUBSECTION_ENTRY_RE = re.compile(
    r"^[ \t]*(?:[•·*-][ \t]*)?(?P<num>\d{1,2}[A-Z]?)(?P<sub>(?:\([0-9a-z]{1,4}\))+)[ \t]*[-–—:][ \t]+\S",
    re.M,
)
_SUBSECTIONS_BELOW = 800  # characters from a citation of the section down to an entry of the list


def _subsections_listed(
    ctx: Context, found: dict[tuple[Legislation, str], _Found]
) -> list[tuple[Legislation, str, int, int]]:
    """The entries of lists of subsections of a section cited above them (``_SUBSECTION_ENTRY_RE``), each of the
    regime that citation has: (act, section, start, end)."""
    cited: list[tuple[int, Legislation, str]] = [
        (span["start"], act, section.split("(", 1)[0]) for (act, section), item in found.items() for span in item.spans
    ]
    listed: list[tuple[Legislation, str, int, int]] = []
    if not cited:
        return listed
    for entry in _SUBSECTION_ENTRY_RE.finditer(ctx.text):
        number = entry.group("num")
        above = [
            act
            for start, act, cited_number in cited
            if cited_number == number and entry.start() - _SUBSECTIONS_BELOW <= start < entry.start()
        ]
        if above and not ctx.layout.by_requester(entry.start()):
            act, section = above[0], normalise_section(number, entry.group("sub"))
            if _exemption_of(ctx, act, section) is not None:
                listed.append((act, section, entry.start("num"), entry.end("sub")))
    return listed


# The Act a decision's provisions list names at the head of a paragraph, by its words.
_LISTED_ACTS: tuple[tuple[str, Legislation], ...] = (
    ("environmental information (scotland) regulations", "EISR"),
    ("freedom of information (scotland) act", "FOISA"),
    ("environmental information regulations", "EIR"),
    ("freedom of information act", "FOIA"),
)
# Listed as a matter of course wherever the environmental regulations apply: section 39(2) sends the request to them,
# and withholds nothing itself (patterns/exemptions.yaml; see _listed_exemptions).
_ROUTING_PROVISIONS = {("FOISA", "39(2)")}


# A decision's summary naming an exemption by what it protects, in a sentence that withholds, the list below giving its
# number: "The Authority, in its review response, revised its position and withheld the information on the basis that
# disclosure would, or would be likely to, prejudice substantially the effective conduct of public affairs." above
# "30(c) (Prejudice to the effective conduct of public affairs)" (the Scottish Information Commissioner on NHS National
# Services Scotland, whose prose cites by number only the first reply's section 33(1)(b) before the page is cut).
_SUMMARY_WITHHOLDS_RE = re.compile(r"\b(?:withh[eo]ld|exempt|rel(?:y|ied|ying) on|refus)")
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?=\s)|\n")


def _listed_and_summarised(
    ctx: Context, listed: list[tuple[Legislation, str, int, int]], cited: set[tuple[Legislation, str]]
) -> list[tuple[Legislation, str, int, int]]:
    """The listed exemptions (``listed``, from ``_listed_exemptions``) of sections the prose does not cite (``cited``:
    (act, section number)) whose subject (patterns/exemptions.yaml ``subjects``) a sentence above the list names as it
    withholds."""
    if not listed:
        return []
    above = ctx.lower[: min(start for _, _, start, _ in listed)]
    summarised = []
    for act, section, start, end in listed:
        entry = _exemption_of(ctx, act, section)
        if entry is None or (act, section.split("(", 1)[0]) in cited:
            continue
        if any(_named_as_withheld(above, subject) for subject in entry[1].subjects):
            summarised.append((act, section, start, end))
    return summarised


def _named_as_withheld(text: str, subject: str) -> bool:
    """Whether a sentence of ``text`` naming ``subject`` withholds (``_SUMMARY_WITHHOLDS_RE``)."""
    at = text.find(subject)
    while at != -1:
        opening = max((m.end() for m in _SENTENCE_BREAK_RE.finditer(text, 0, at)), default=0)
        closing = _SENTENCE_BREAK_RE.search(text, at)
        if _SUMMARY_WITHHOLDS_RE.search(text, opening, closing.start() if closing else len(text)):
            return True
        at = text.find(subject, at + 1)
    return False


def _listed_act(words: str) -> Legislation | None:
    """The regime a decision's list of provisions names at the head of a paragraph (``_LISTED_ACTS``), or None."""
    lower = words.lower()
    return next((act for name, act in _LISTED_ACTS if name in lower), None)


def _listed_exemptions(ctx: Context) -> list[tuple[Legislation, str, int, int]]:
    """The exemptions a commissioner's decision lists among its "Relevant statutory provisions": those the authority
    relied on ("The Authority stated that the information was exempt from disclosure and/or that the cost of compliance
    would exceed the upper cost limit under FOISA." above "... 26(a) (Prohibitions on disclosure); 47(1) and (2) ...",
    the Scottish Information Commissioner on the Scottish Public Services Ombudsman; "12(1) (Excessive cost of
    compliance)" on the Scottish Prison Service, whose summary names no section). The list's duties (1(1), 15, 17) are
    no exemptions and the tables leave them out; nor is section 39(2), which only sends a request to the EIRs."""
    listed = []
    provisions = listed_provisions(ctx)
    acts = [_listed_act(provision.act) for provision in provisions]
    # Beside the EIRs' exceptions, section 39 is listed for its routing whatever subsection is printed: "39(1) (Health,
    # safety and the environment)" above the EIRs' "10(1) and (5)(e)" (the Scottish Information Commissioner on
    # Wheatley Homes Glasgow, which applied regulation 10(5)(e) alone).
    under_the_eirs = "EISR" in acts
    for provision, act in zip(provisions, acts, strict=True):
        section = provision.section
        if act is None or (act, section) in _ROUTING_PROVISIONS:
            continue
        if under_the_eirs and act == "FOISA" and section.split("(", 1)[0] == "39":
            continue
        entry = _exemption_of(ctx, act, section)
        if entry is None:
            continue
        if provision.condition_of is not None and _exemption_of(ctx, act, provision.condition_of) is not None:
            # a condition of the exemption before it ("38(1)(b) and 38(2)(a)(i)"); after a duty it is the exception
            # itself: "10(1) and 10(5)(b) (Exceptions from duty to make environmental information available)" (the
            # Scottish Information Commissioner on the Scottish Environment Protection Agency)
            continue
        if provision.from_sibling and entry[0] != section:
            # "(4)(a)" after "10(1)" is the exception 10(4)(a); "(2)(b)" after "35(1)(g)", a purpose of it, is in
            # the table only as section 35.
            continue
        listed.append((act, section, provision.start, provision.end))
    return listed


# Exceptions named by what they protect, the regulation's number left out: "refused the request under the exceptions
# relating to internal communications and the confidentiality of commercial or industrial information ... withheld under
# the exception relating to the course of justice" (the ICO's decision on the London Borough of Waltham Forest). Each
# name is the one the regulations' table gives the exception (patterns/exemptions.yaml); read only where the text cites
# no exception by number.
_DESCRIBED_BY = r"s? (?:relating to|for|concerning|in respect of) "  # after "exception" or "exemption"
_DESCRIBED_RE = re.compile(
    rf"\bthe (?P<kind>exception|exemption){_DESCRIBED_BY}(?P<names>[a-z][a-z ,]{{2,160}}?)(?=[.;:()\n]|$)"
)
_NAME_SEPARATOR_RE = re.compile(r",? and |, ")
# A sentence that only supposes: "If we were to withhold it, we would consider the exemption for commercial interests."
_IF_OR_WOULD_RE = re.compile(rf"^{_OPENS_ON_IF}|\b(?:would|could|might|may) (?:consider|apply|rely|cite|use)\b")
# (a list's next name may bring its own words: "the exemption for commercial interests and the exemption relating to
# legal professional privilege")
_DESCRIBED_LEAD_RE = re.compile(rf"^(?:the )?(?:exception|exemption){_DESCRIBED_BY}")


@lru_cache(maxsize=16)
def _sections_by_name(catalogue: Catalogue, act: Legislation) -> Mapping[str, str]:
    """Each section of ``act``'s exemption table by its name, case-folded, built once per catalogue (which hashes by
    identity)."""
    return {info.name.casefold(): section for section, info in catalogue.exemptions[act].items()}


def _described_exceptions(ctx: Context, legislation: list[Legislation]) -> list[tuple[Legislation, str, int, int]]:
    """The exceptions (of the environmental regulations) and exemptions (of the Acts) the text names by what they
    protect: (act, section, start, end), the name the span; the Scottish regime's where the text names it alone."""
    if "exception" not in ctx.lower and "exemption" not in ctx.lower:
        return []
    acts: dict[str, Legislation] = {
        "exception": "EISR" if "EISR" in legislation and "EIR" not in legislation else "EIR",
        "exemption": "FOISA" if "FOISA" in legislation and "FOIA" not in legislation else "FOIA",
    }
    described = []
    for m in _DESCRIBED_RE.finditer(ctx.lower):
        if (
            ctx.layout.by_requester(m.start())
            or ctx.layout.in_quoted(m.start())
            or ctx.layout.boilerplate_kind(m.start())
        ):
            continue
        sentence = _sentence(_folded(ctx), m.start(), m.end())
        if _not_applied(sentence, None) or _IF_OR_WOULD_RE.search(sentence):
            continue  # "We have not applied the exemption for ...", "we would consider the exemption for ..."
        act = acts[m.group("kind")]
        by_name = _sections_by_name(ctx.catalogue, act)
        pos = m.start("names")
        for part in _NAME_SEPARATOR_RE.split(m.group("names")):
            start = ctx.lower.index(part, pos)
            pos = start + len(part)
            name = _DESCRIBED_LEAD_RE.sub("", part.strip(), count=1).removeprefix("the ")
            if name in by_name:
                name_start = ctx.lower.index(name, start)
                described.append((act, by_name[name], name_start, name_start + len(name)))
    return described


# The Information Commissioner's summary of a decision lists each provision it ruled on, dotted, with its finding:
# "Decision(s) EIR 12.4.a: Upheld" (on East Meon Parish Council, whose prose names no exception),
# "Section of Act/EIR & Finding: FOI 41 - Complaint Partly Upheld" (the older form). Procedural sections (1, 10, 17)
# are no exemptions and the tables leave them out.
# (or its subsections in brackets: "Decision(s) FOI 43(2): Upheld", the summary on City of Bradford Metropolitan
# District Council)
_ICO_FINDING_RE = re.compile(
    r"\b(?P<act>FOI|EIR) (?P<num>\d{1,2})(?P<sub>(?:\.(?:\d{1,2}|[a-z]))*)(?P<bracketed>(?:\((?:\d{1,2}|[a-z])\))*)"
    r"(?:: | - Complaint )(?:Partly |Not )?[Uu]pheld"
)
_ICO_FINDING_ACTS: dict[str, Legislation] = {"FOI": "FOIA", "EIR": "EIR"}


def _ico_findings(ctx: Context) -> list[tuple[Legislation, str, int, int]]:
    """The provisions an ICO decision summary's findings name: (act, section, start, end)."""
    if "pheld" not in ctx.text:
        return []
    findings = []
    for m in _ICO_FINDING_RE.finditer(ctx.text):
        sub = "".join(f"({part})" for part in m.group("sub").split(".")[1:]) + m.group("bracketed")
        findings.append((_ICO_FINDING_ACTS[m.group("act")], m.group("num") + sub, m.start(), m.end("bracketed")))
    return findings


# A citation heading its own line, the exemption's name after it: "Section 36(2)(b) and (c): Effective Conduct of
# Public Affairs." then, a long paragraph below, "Section 41: Information Provided in Confidence." (the Medical
# Research Council's refusal, under "Our decision is based on the application of the following exemptions under the
# Act:"). The later headings of a run whose first was applied are applied too, however far below their introduction.
_CITATION_HEADING_RE = re.compile(r"(?:\s?(?:and|&|,)\s?\([0-9a-z]{1,4}\))*[ \t]*(?:[:\-\u2013][ \t]*)[A-Z][a-z]")


def _mentions_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _cited_as_an_answer(ctx: Context, start: int) -> bool:
    """Whether the citation at ``start`` opens the line under a question, the reply's answer to it: "1. Between 1st
    January 2019 and 1st October 2024 how much was spent by the council on SEND ... provision? / Section 12 see below"
    (the Royal Borough of Greenwich on WhatDoTheyKnow, its letter cut before what is below)."""
    line = _line_opened_by(ctx, start)
    if line is None:
        return False
    above = ctx.layout.line_above(line.number, within=2)
    return above is not None and above.text.rstrip().endswith("?")


def _line_opened_by(ctx: Context, start: int) -> Line | None:
    """The line the citation at ``start`` opens, list marks at most before it, or None."""
    line = ctx.layout.line_at(start)
    return None if ctx.text[line.start : start].strip(" \t*_-\u2022") else line


# A citation alone on its line, the Act's initials at most after it, heading the reply's words under its heading:
# "Our response / Section 12 FOIA / We confirm that we hold this information. However, we consider that these requests
# are for information which is similar to that requested under FOI14631" (Ordnance Survey's published response,
# aggregating three requests under the cost limit).
_ACT_AFTER_HEADING_CITATION_RE = re.compile(r"[ \t]*(?:of (?:the )?)?(?:FOIA|FOI Act|FOISA|EIRs?|EISRs?|Act)?[ \t*_:]*")
_REPLY_HEADING_LINE_RE = re.compile(r"[ \t*_#]*(?:our |the |my )?(?:response|reply|decision|outcome)[ \t*_:]*", re.I)


def _heads_the_reply(ctx: Context, start: int, end: int) -> bool:
    """Whether the citation (``start``, ``end``) stands alone on its line straight under the reply's heading."""
    line = _line_opened_by(ctx, start)
    if line is None or not _ACT_AFTER_HEADING_CITATION_RE.fullmatch(ctx.text, end, line.end):
        return False
    above = ctx.layout.line_above(line.number, within=2)
    return above is not None and _REPLY_HEADING_LINE_RE.fullmatch(above.text) is not None


def _not_applied(sentence: str, number: str | None) -> bool:
    """Whether ``sentence`` says the exemption (numbered ``number``, or named by what it protects: ``None``) is not
    applied, a ruling that it was wrongly relied on aside (``_RULED_OUT_RE``: it was cited still)."""
    return (
        _mentions_any(sentence, _NOT_APPLIED_WORDS)
        and _negated_here(sentence, number)
        and not _RULED_OUT_RE.search(sentence)
    )


@lru_cache(maxsize=256)
def _stated_re(section_number: str) -> re.Pattern[str]:
    """What a reply says of one section ("Section 43(2) is a qualified exemption"), in ``fold_case`` text."""
    return re.compile(
        rf"s(?<![\w].)(?:ection|\.?)\s?{re.escape(section_number)}\b(?:(?!\bsection\b)[^.]){{0,60}}?\b(absolute|qualified)\b"
    )


def _record(ctx: Context, item: _Found, table: dict[str, ExemptionInfo]) -> Exemption:
    _key, info = _lookup(table, item.section) or ("", ExemptionInfo(name=""))
    text, folded = ctx.text, _folded(ctx)
    window = " ".join(text[s["start"] : min(len(text), s["end"] + 700)] for s in item.spans)
    # The same window over the folded text, searched without IGNORECASE; each search runs only when a word
    # that any of its matches contains is there.
    lowered = " ".join(folded[s["start"] : min(len(folded), s["end"] + 700)] for s in item.spans)
    ncnd = item.section in info.ncnd or (bool(info.ncnd) and "confirm" in lowered and bool(_NCND_RE.search(lowered)))
    kind = "ncnd" if ncnd and item.section in info.ncnd else info.kind
    pit: bool | None = None
    result = None
    if "public interest" in window.lower():
        pit = True
        if "outweigh" in lowered and any(regex.search(lowered) for regex in _PIT_MAINTAIN_RES):
            result = "maintain_exemption"
        elif "outweighs" in lowered and _PIT_DISCLOSE_RE.search(lowered):
            result = "disclose"
    absolute = info.absolute
    base = item.section.split("(")[0]
    # "Section 43(2) is a qualified exemption" about this section, else "This is an absolute exemption".
    stated = None
    if "absolute" in lowered or "qualified" in lowered:
        stated = _stated_re(base.lower()).search(lowered)
        if stated is None and ("absolute exemption" in lowered or "qualified exemption" in lowered):
            stated = _STATED_GENERAL_RE.search(lowered)
    if stated:
        absolute = window[stated.start(1) : stated.end(1)].lower() == "absolute"
    if pit and "not subject to" in lowered and _NOT_SUBJECT_RE.search(lowered):
        pit = False
    return Exemption.model_validate(
        {
            "act": item.act,
            "section": item.section,
            "kind": kind,
            "absolute": absolute,
            "public_interest_test": pit,
            "public_interest_result": result,
            "spans": item.spans,
        }
    )
