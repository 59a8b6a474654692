"""IT systems and suppliers a response names, resolved to the catalogue (``patterns/systems.yaml`` and
``patterns/suppliers.yaml``).

How a name is recognised
------------------------
* **Names, full names, aliases and listed misspellings** match case-insensitively with a spaCy
  ``PhraseMatcher`` (attr ``LOWER``), with a hyphen allowed for each space ("Liquid-Logic") and across a
  run of spaces or a single line break ("Liquidlogic\\nLCS"). Spaces are never removed or inserted:
  "Unit 4" is not "Unit4" (the data lists the joined and split spellings it accepts). A match written
  wholly in lower case counts only when the data form is itself lower case: "per capita" is not Capita,
  "the system one uses" is not SystmOne.
* **Ambiguous names** (``ambiguous_names`` in the data: LCS, Mosaic, Eclipse, Paris, ONE, Synergy, ...) match
  case-sensitively (the same matcher, then each token as the form writes it) and count only with a cue:

  - one of the entry's ``cues`` in the same sentence or the same answer;
  - the entry's supplier (or a company in its lineage) named in the same sentence;
  - "system", "software", "module", ... right after it ("the Eclipse system"), or a system word just before
    it ("the case management system, Mosaic");
  - the same entry matched elsewhere in the document by an unambiguous form or one of these cues;
  - or, for the product's own name written exactly as the catalogue writes it ("Mosaic", "SWIFT"), a
    standalone proper noun (not opening a long sentence, no capitalised word beside it: "Mosaic Care Group",
    "Medway Council", "Paris, France" are out) in a sentence about software ("system", "software",
    "e-learning", "IT", ...) or in the answer to a question that is.

  A supplier's ambiguous name ("Access", "Northgate", "OCC", "Advanced") counts beside one of its products
  in the same sentence, before "system"/"software"/"Ltd", or after "supplied by"; never before "to", "of"
  ("Access to Resources").
* **Misspellings not in the data** are found with rapidfuzz: each capitalised word of six letters or more
  (and each pair of words) that no pattern matched is compared with the unambiguous names and aliases
  starting with the same letter, using ``fuzz.ratio`` with ``processor=utils.default_process``; a score of
  ``FUZZY_THRESHOLD`` or more is a ``fuzzy`` match. The threshold and the scorer were chosen by measurement
  (see ``FUZZY_THRESHOLD``); English words that come as close to a product name as a typo does ("Capital"
  / Capita) never match.
* **Unknown products** are reported as written, with ``match="unknown"`` and no id: a CamelCase word right
  before "module", "system" or "software" ("CareFirst (with the CareAssess module)"), or a word of capitals run
  on in lower case before them or before one word of what it does ("CLWrota rostering software"); a name
  opening a line or sentence and said to be used, where one of its words holds a capital after its first letter
  and the sentence or answer is about software ("Meritec ESB is used to log the above requests"), unless each
  word is in ``not_products`` or ``generic_acronyms`` ("CCTV is used ..."); a capitalised name in
  apposition to "system" or "software" ("the prison IT system, NOMIS,"); and a capitalised name after a
  lower-case word and before "supplied by", "provided by" or "developed by", where a catalogue supplier follows
  ("held on PoliceWorks, supplied by Capita") or the sentence or answer is about software ("timetabled using
  Syllabus Plus, supplied by Scientia Ltd"); and the cells of a table's "System" column beside a "Supplier" or
  "Contract end" column ("Zephyr CAD | 999 call handling | Zephyr Systems Ltd"); and an acronym after the name
  it spells, where something is kept in or used on it ("recorded in our National Incident Recording System
  (NIRS)"), unless it is a kind of system (``generic_acronyms`` in systems.yaml: EPR, PAS, GIS ...). A
  name that opens a clause ("system, Please note") is none.

Nothing inside boilerplate (review rights, the Commissioner, e-mail disclaimers, WhatDoTheyKnow furniture)
counts, nor a name the request gives as an example ("the main EPR system (e.g. Cerner Millennium, EPIC)").

What is reported
----------------
One :class:`~foiparse.models.SystemMention` per product, in order of first mention, with every span of it:

* ``name`` and ``id`` are the catalogue's; ``category`` is the entry's ``kind`` (``line_of_business``,
  ``platform``, ``module``); ``domains`` its domains.
* ``supplier`` (and ``supplier_id``) is the company the text names for it, as the catalogue names that
  company (``supplier_stated=True``, its span added to ``spans``), preferring one right after "supplied by",
  then one in the name as written ("Liquidlogic LCS", "OLM Eclipse") or tied to it ("Mosaic (Servelec)",
  "OLM's new Eclipse"), then the nearest in the same sentence from the catalogue supplier's lineage that no
  other product there holds. Otherwise the catalogue's supplier (``supplier_stated=False``).
  ``supplier_parent`` is the catalogue's current parent of that supplier (Liquidlogic -> System C,
  Servelec -> The Access Group).
* ``match`` is ``exact`` (the catalogue name, any case), ``alias`` (an alias, listed misspelling, ambiguous
  short name or spacing variant), ``fuzzy`` (rapidfuzz; ``score`` is its score) or ``unknown``.
* ``questions`` and ``directorates`` list the question numbers and directorate kinds whose answers
  contain a mention.
* A company named without any of its products, in a sentence about systems or software ("an evaluation of
  the leading systems (Microsoft and Careworks)", "the existing OLM on premise solution"), is a
  ``kind="supplier"`` entry: ``name`` and ``supplier`` are the company's. A company whose product the
  document also names ("the OLM system" ... "OLM's Eclipse") is folded into that product.

Office and collaboration tools
------------------------------
Entries of kind ``collaboration_tool`` (Microsoft Teams, Zoom, Webex, OneDrive) and ``office_suite``
(Microsoft 365, Excel, Word, Outlook, Access, Exchange) are reported like any other product but are typed by
``category`` (``"collaboration_tool"`` / ``"office_suite"``, also exported as ``TOOL_KINDS``), so a reply that
trains staff "over Microsoft Teams" or keeps a list "in Excel" is never read as naming a case-management or
line-of-business system: filter on ``category`` (``category not in TOOL_KINDS``) for the systems an authority
runs its services on. The labelling convention (``LABELLING.md``: "Excel spreadsheet", "email" are not systems)
and the gold labels never list such tools, so the evaluation leaves them out. Recognising them also keeps
their words from being read as something else ("Teams" is not a team; "Microsoft" in "Microsoft Teams" is
not a supplier-only mention). ``extract_systems(..., include_tools=False)`` drops them. Platforms (Dynamics
365, Salesforce, Azure) are ``category="platform"`` and count as systems: councils build services on them.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import TypeAdapter
from rapidfuzz import fuzz, process, utils
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..catalogue import Catalogue, SupplierEntry, SuppliersFile, SystemEntry, SystemsFile, load_file
from ..models import Question, SystemMention
from ..nlp import get_nlp
from ..scan import labels_re, occurrences
from ..segment import Line
from .context import Context, SpanFields

TOOL_KINDS = frozenset({"collaboration_tool", "office_suite"})

# Fuzzy matching, chosen by measurement: tests/test_systems.py::test_fuzzy_threshold_is_the_measured_one prints
# the sweep (pytest -s). Labelled positives: 75 misspellings of catalogue names (transposed, dropped, doubled and
# wrong letters, split words: "Carefrist", "Controc", "Aggresso", "Servalec", "Systm One"). Negatives: the 1,500
# capitalised words and word pairs of the dev corpus and fixtures that no pattern matches, and the 62,000 words
# of six letters or more of the British English word list (wbritish 2020.12.07) that are not themselves
# catalogue forms. fuzz.ratio with utils.default_process, before the ordinary-word guard below:
#
#   threshold  recall  corpus false  dictionary false
#      80      0.987        12             92        ("Control" -> ContrOCC, "ERP system" -> Epic Systems)
#      83      0.987         4             34        ("Center" -> Cerner, names "Shauna" -> S/4HANA, "Verity")
#      85      0.907         3             16        (all English words: "Capital", "System", "Systems", ...)
#      86      0.853         2             11
#      88      0.800         2              8
#      90      0.680         2              8
#
# 85 is the lowest threshold at which every false match is an ordinary English word (so the 16-word guard
# removes them all) rather than a name or a phrase; above it recall falls quickly. WRatio is unusable here:
# it scores a string containing a catalogue word at 90 ("Adult Social", "Care Board", "Children") and makes
# 94 corpus false matches at 85.
FUZZY_SCORER = fuzz.ratio
FUZZY_THRESHOLD = 85.0
FUZZY_MIN_LENGTH = 6
_MISSPELT_WORD_FLOOR = 75.0  # fuzz.ratio of each word of a misspelt name of several words to its own
# An acronym in a catalogue name: a misspelling keeps its capitals ("Liquidlogic LSC"), a word does not ("Liquidlogic
# Child", the start of "Liquidlogic Children's System" in Thurrock Council's published response, is no "Liquidlogic
# CHC", the Continuing Healthcare module, however near the letters).
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")

# English words within FUZZY_THRESHOLD of a catalogue name (derived once from the British English word list,
# wbritish 2020.12.07, by tests/test_systems.py::fuzzy_sweep; kept here so nothing is read at run time), and a few
# phrases and place names that come as close and are not in that list ("Nerve Centre" / Nervecentre, "Vision For"
# / Vision FRS in title-case headings, BT's "Adastral" Park / Adastra, a job title "Video Manager" / VideoManager,
# "a Big Hand" / BigHand, the public sector's "Information Risk" / Information@Work: "Senior Information Risk Owner"
# in NHS Rotherham's reply, "Information Risk and Assurance Services" in Bath & North East Somerset Council's).
_ORDINARY_WORDS = frozenset(
    {
        "achievers",
        "adastral",
        "aggressor",
        "airwaves",
        "amazons",
        "anacreon",
        "big hand",
        "big hands",
        "brigand",
        "capital",
        "capitals",
        "frameworks",
        "googled",
        "googles",
        "grammar",  # Grammarly: "Dover Grammar School for Boys" (a WhatDoTheyKnow request to the school)
        "information risk",
        "infrastructure",
        "instructed",
        "instructor",
        "intend",  # In-Tend
        "liberate",
        "nerve centre",
        "nerve centres",
        "niches",
        "oracles",
        "practise",  # Proactis
        "protocols",
        "proudest",
        "proust",
        "santeria",
        "system",
        "systemic",
        "systemics",
        "systems",
        "video manager",
        "video managers",
        "vision for",
        "windpipe",  # WinDIP
        "windpipes",
        "wordplay",
    }
)

_SYSTEM_WORDS = frozenset(
    {
        "system",
        "systems",
        "software",
        "module",
        "modules",
        "solution",
        "solutions",
        "application",
        "database",
        "platform",
        "erp",
        "crm",
        "epr",
        "mis",
        "suite",
    }
)
_SUPPLIER_AFTER = frozenset(
    {
        "system",
        "systems",
        "software",
        "solution",
        "solutions",
        "product",
        "products",
        "ltd",
        "limited",
        "plc",
        "platform",
        "module",
    }
)
_FUNCTION_WORDS = frozenset({"to", "of", "for", "and", "the", "in", "on", "with", "or", "at", "from", "is", "was"})
_BEFORE_NAME = frozenset({",", ":", "-", "(", "called", "named", "known", "as", "is", "was", "the", "'s", "our"})
# The words whose initials a bracketed name may give (see _Run._initials_defined).
_WORD_BEFORE_BRACKET_RE = re.compile(r"[A-Za-z][\w'-]*")
_INITIALS_REACH = 120  # characters before the bracket
# A product named by an ordinary verb is that verb after a modal or inside "neither ... nor": "West Yorkshire Police can
# neither Confirm nor Deny whether any information is held" (its disclosure log, answering a question about Windows
# XP), not Brightly's Confirm.
_VERB_BEFORE = frozenset(
    {"neither", "nor", "can", "cannot", "will", "would", "could", "may", "must", "shall", "should"}
)
# Not the stop of "e.g." or "i.e.": a request's examples follow it in the same sentence ("(e.g. Cerner Millennium,
# EPIC etc.)").
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\beg)(?<!\bie)[.!?](?=\s)")
# Words about software, each standing alone. The look-behind follows each word's first letter, as in _CAPITALISED
# below: the regex engine then tries only the offsets holding one of those letters.
_IT_WORDS = re.compile(
    r"(?:s(?<![a-z].)(?:ystems?|oftware)|d(?<![a-z].)atabases?|m(?<![a-z].)odules?|e(?<![a-z].)(?:-?learning|rp|pr)"
    r"|p(?<![a-z].)latforms?|c(?<![a-z].)(?:ase management|rm))(?![a-z])"
)
_IT_UPPER = re.compile(r"I(?<![A-Za-z]I)C?T(?![A-Za-z])")
_TECH_WORDS = re.compile(
    r"(?:s(?<![a-z].)(?:ystems?|oftware|olutions?)|p(?<![a-z].)(?:roducts?|latforms?)|m(?<![a-z].)odules?"
    r"|a(?<![a-z].)pplications?|d(?<![a-z].)atabases?|l(?<![a-z].)icen[cs]es?|h(?<![a-z].)osted"
    # a school's management information system: "for each MIS provider: SIMS, / Bromcom" (the City of Wolverhampton
    # Council); not "mis-sold"
    r"|m(?<![a-z].)is(?!-)"
    r"|c(?<![a-z].)(?:loud|rm|ase management)|e(?<![a-z].)(?:rp|pr))(?![a-z])"
)
# The white space between two words that a pattern may bridge: a single line break (with spaces or tabs about
# it), or two spaces or more (with tabs) and no line break. Each is found by the literal it opens with, which is
# fast; _bridged_gaps adds the spaces and tabs before it and drops a run that holds a second line break (most
# paragraph breaks are dropped here already: (?<!\n\n)). SystemMatcher compiles them with a test of the word
# after the gap.
_LINE_BREAK_GAP = r"\n(?<!\n\n)[ \t]*(?=[^ \t\n])"
_SPACES_GAP = r"  [ \t]*(?=[^ \t\n])"
# A capital after three letters in lower case, inside a word (see SystemMatcher._glued_on): a plain scan, the word
# read around each of its few hits; and a run of letters and digits from an offset.
_GLUED_CAPITAL_RE = re.compile(r"[a-z]{3}[A-Z]")
_WORD_RUN_RE = re.compile(r"[^\W_]+")
# A capitalised word (not after [\w@./'-]) in group 1 and, in group 2, the word after it and a space. The
# look-behind follows the first letter because a pattern that opens with [A-Z] is scanned for quickly, one that
# opens with a look-behind is tried at every offset (three times slower over a reply).
_CAPITALISED = re.compile(r"([A-Z](?<![\w@./'-].)[A-Za-z]*)(?![\w@/-])(?=(?: ([A-Za-z]+)(?![\w@/-]))?)")
_WORD_BEFORE = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z0-9]*$")
# "CareAssess module": the word after the name (where str.find put it: a plain search jumps from one to the next
# far faster than a pattern opening with a space), then the name before it. A pattern that opens with a letter
# class is scanned for quickly, one that opens with a look-behind is tried at every offset: so the look-behind of
# the name follows its first letter.
_UNKNOWN_AFTER = re.compile(r" (?:module|system|software)\b")
_UNKNOWN_NAME = re.compile(r"([A-Z](?<![\w@./-].)[a-z]+(?:[A-Z][a-z0-9]+)+) $")
# "The UHB utilises CLWrota rostering software" (Hywel Dda University Health Board): a name opening with two capitals
# or more and going on in lower case, before the system word or before one word of what it does.
_UNKNOWN_CAPITALS_NAME = re.compile(
    r"([A-Z](?<![\w@./'-].)[A-Z]+[a-z]{2,}[a-z0-9]*)(?: (?!(?:the|and|or|of|to|for|in|on|an|our|its|their|new|old)\b)"
    r"[a-z]{3,})? $"
)
# "3. Meritec ESB is used to log the above requests", answering "The names of any software systems or tools used by
# the FOI team" (Newark and Sherwood District Council): a name opening a line or a sentence, said to be used. Its shape
# tells a product from a plain phrase ("Agency staff are used"): one of its words holds a capital after its first
# letter, or a digit.
_USED_CLAUSE = re.compile(r" (?:is|are|was|were|has been|have been)(?: currently| also| mainly| primarily)? used\b")
_USED_NAME = re.compile(
    r"(?:^|(?<=\n)|(?<=[.:;!?] )|(?<=[.)] )|(?<=[-*\u2022] ))([A-Z][\w+&-]*(?: [A-Z][\w+&-]*){0,2})$"
)
_PRODUCT_SHAPED_WORD = re.compile(r"\b[A-Za-z]+[A-Z0-9][\w+&-]*")
# The name a reply gives as the whole of its first answer to a question asking which system is used: "2. Which
# Enterprise Resource Planning (ERP) system is used by the authority (e.g. Oracle, SAP, Advanced, Civica)? / FINEST.
# This will be replaced by Unit4 in April 2025." (Devon County Council's disclosure log). Product-shaped (a capital
# or a digit after its first letter) and closed by a full stop: a heading's capitals alone on the line under the
# question ("REASONS", "NOTICE OF REFUSAL") are none.
_WHICH_SYSTEM_QUESTION = re.compile(
    r"\b(?:which|what)\b[^?\n]{0,80}?\b(?:system|software|product|application|platform|solution)s?\b", re.I
)
_ANSWERED_NAME = re.compile(r"[ \t*_]*([A-Z][\w+&-]*[A-Z0-9][\w+&-]*(?: [A-Z][\w+&-]*){0,2})[ \t]*\.(?=\s|$)")
# "Chemotherapy is prescribed using ChemoCare, supplied by CIS Oncology": a product the catalogue does not know,
# named by its supplier clause. The name follows a lower-case word ("using", "uses", "is") and is one to three
# capitalised words; a name whose first word opens a clause ("The data, supplied by ...") is none (_opens_a_clause).
# (or said to be, "and is": "No, except for Supporting People. This is SPOCC and is supplied by Oxford Computer
# Consultants.", Southampton City Council)
_SUPPLIED_CLAUSE = re.compile(r",? \(?(?:(?:and |which )?(?:is|was|are|were) )?(?:supplied|provided|developed) by ")
_SUPPLIED_NAME = re.compile(r"(?<=[a-z] )([A-Z][\w+:&.-]*(?: [A-Z][\w+:&.-]*){0,2})$")
# "the prison IT system, NOMIS", "the digital dictation system, BigHand.": a name in apposition to a system word.
_APPOSITION_NAME = re.compile(r"([A-Z][\w+&-]*[A-Za-z0-9+](?: [A-Z][\w+&-]*[A-Za-z0-9+])?)(?=[.,;:)]|\s\(|\s*$)")
# "National Incident Recording System (NIRS)", "Case Information Database (CID)"
_SPELT_OUT_RE = re.compile(
    r"(?P<name>(?:[A-Z][a-z]+ (?:(?:and|of|for) )?){1,6}(?:System|Database|Record|Register))"
    r" \((?P<acronym>[A-Z]{3,6})\)"
)
_CAPITAL_WORD_RE = re.compile(r"[A-Z][a-z]+")
# (or brought in: "the introduction of a new National Custody System (NCS) in 2017 allows us to extract figures after
# this time", Police Scotland)
_STORED_IN_RE = re.compile(
    r"\b(?:recorded|records?|held|holds?|stored?|logged|kept|entered|uses?|using|used|migrated|maintained|runs?"
    r"|hosted|managed|introduc(?:ed|tion)|implement(?:ed|ation)|install(?:ed|ation)|deploy(?:ed|ment)|procured"
    r"|rolled out)\b[^.;:]{0,30}$"
)
# The header of a table's product column, and cells that name no product.
_SYSTEM_COLUMN_RE = re.compile(r"(?:(?:name of )?(?:the )?(?:it )?(?:system|product|software|application)(?: name)?s?)")
_COLUMN_NAME_RE = re.compile(
    r"(?:[a-z]+ )?(?:supplier|provider|vendor|used for|purpose|use|function|department|service|area|team"
    r"|contract(?: start| end| value| expiry)?|start|end|expiry|renewal|cost|value|price|date|notes?|comments?"
    r"|users?|licen[cs]es?|hosting|version|type|annual (?:cost|support)|total (?:cost|contract value))s?"
    r"(?: date| \(.*\))?"
)
_NO_PRODUCT_RE = re.compile(r"(?i:n/?a|none|not applicable|no system(?: installed)?|-+|tbc|unknown|other)")
_CLAUSE_OPENERS = frozenset(
    {
        "please",
        "thank",
        "thanks",
        "yes",
        "unfortunately",
        "following",
        "regards",
        "note",
        "data",
        "figures",
        "information",
    }
)


def _opens_a_clause(name: str) -> bool:
    """ "in our system, Please note ...": an English word opening a clause, not a product's name."""
    first = name.split(" ", 1)[0].lower()
    return first in STOP_WORDS or first in _CLAUSE_OPENERS


_FORMER_NAME = re.compile(r"\b(?:formerly|previously|then|once|now)(?: known as| called)?[\s:]*$")
# A company named as another's owner: "SCC IT is outsourced to South West One (85% owned by IBM)" (a WhatDoTheyKnow
# request to Somerset County Council) names who owns the contractor, not a maker of anything the council uses.
# Or as a consultancy, whose report is no product: "a report produced by the consultants Agilisys about the state of
# the "ERP Gold" business software implementation programme" (a WhatDoTheyKnow request to Northamptonshire County
# Council).
_OWNER_OR_CONSULTANT_BEFORE = re.compile(
    r"\b(?:(?:wholly |partly |jointly |majority )?owned by|(?:a )?subsidiary of"
    r"|(?:the |management |external |independent )?consultan(?:ts|cy|cy firm)(?: firm)?)[\s:]*$"
)
# "the main EPR system (e.g. Cerner Millennium, EPIC etc.)": examples in a request are not systems in use.
# (?<!\we) is \b before the "e", placed after it for the same reason.
# Requests write "i.e." for "e.g." too: "what collaboration products do you use? i.e. Huddle, Drupal or Beehive".
# (or "Example of CRM systems the organisation may use could include Microsoft Dynamics, Front Office, Lagan CRM, Firm
# step.", a request for contracts sent to many bodies, on the General Teaching Council for Scotland's log)
_EXAMPLE_BEFORE = re.compile(
    r"(?:e(?<!\we)\.?\s?g\b\.?|i(?<!\wi)\.?\s?e\b\.?|s(?<!\ws)uch as\b|f(?<!\wf)or (?:example|instance)\b"
    # ("... Example of finance systems the organisation may use could include E-Business suite, Agresso (Unit4),
    # eFinancials, Integra, SAP", the same request on the British Council's log, its last name past the reach of
    # "Example of")
    r"|e(?<!\we)xamples? of\b|c(?<!\wc)ould include\b)"
    # (a version's stops are no sentence's end: "(e.g. Oracle Financials 12.1.3, Oracle Cloud ERP 20C, or SAP ECC
    # 6.0)", a request on Moray Council's log)
    r"(?:[^.;!?]|\.(?=\d))*$"
)
# How far before a name its example cue may stand, in the same sentence: the fifth name of a list ("... could include
# E-Business suite, Agresso (Unit4), ...") stands a hundred characters after it.
_EXAMPLE_REACH = 120
# A heading over example lines ("For Example:"), and how many lines below it may be its examples.
_EXAMPLE_HEADING_RE = re.compile(r"[ \t*_]*(?:for example|for instance|e\.?g\.?|examples?)[ \t*_]*:?[ \t*_]*", re.I)
_EXAMPLE_HEADING_LINE_RE = re.compile(rf"^{_EXAMPLE_HEADING_RE.pattern}$", re.I | re.M)
_EXAMPLE_LINES = 4
# A bracketed list of names, two commas at least, closed by "etc." (see _Run._in_bracketed_examples); or closed by "or
# similar": "hosted on a Virtual Desktop, or virtual app basis (Citrix or Azure VDI, or similar)" (a request on North
# Devon Council's log, answered by department with other products).
_BRACKETED_EXAMPLES_RE = re.compile(
    r"[^()\n]*,[^()\n]*,[^()\n]*\betc\.?\s*|[^()\n]*\bor (?:similar|equivalent|others?|the like)\.?\s*"
)
# The authority saying it does not use a product the request asked about ("1. Do you use SharePoint ...? / The
# Council does not use SharePoint.", Renfrewshire Council).
_NOT_USED_BEFORE = re.compile(
    r"\b(?:do(?:es)? not|don't|doesn't|no longer|never|not currently) (?:currently )?"
    r"(?:use|uses|have|has|run|runs|operate|operates)(?: the| a| an| any)? $"
)
_CONNECTORS = re.compile(r"^[\s,(\-:]*(?:from|by|supplier:?|supplied by)?[\s(:]*(?:the )?$")
_SUPPLIED_BY = re.compile(
    r"(?:(?:supplied|provided|developed|sold|licensed|maintained)(?: to us| to the council)? by|supplier(?: is|:)?)"
    r"\s*\(?(?:the )?$"
)
_SUPPLIER_BEFORE = re.compile(r"(?:supplied|provided|developed) by (?:the )?$|suppliers?:? (?:is |was )?$")
_POSSESSIVE = re.compile(r"\s*(?:'s)?\s*(?:new |own |current |existing )?\s*")

TargetKind = Literal["system", "supplier"]
MatchKind = Literal["exact", "alias", "fuzzy", "unknown"]
_MATCH_RANK = {"exact": 3, "alias": 2, "fuzzy": 1, "unknown": 0}
_UNSEEN = ("", -1.0)  # a query fuzzy_lookup has not answered yet (a miss costs less than a caught KeyError)


@dataclass(eq=False, slots=True)
class _Hit:
    """One occurrence of a catalogue entry (or a candidate for one) in the document."""

    kind: TargetKind
    id: str
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    text: str
    ambiguous: bool
    match: MatchKind = "alias"
    score: float = 100.0
    inside: list[_Hit] = field(default_factory=list)  # supplier hits within a system hit's span

    @property
    def length(self) -> int:
        return self.end - self.start


def _normal(form: str) -> str:
    return " ".join(form.split()).casefold()


def _hyphen_variants(form: str) -> list[str]:
    """ "Liquid Logic LCS" -> "Liquid-Logic LCS", "Liquid Logic-LCS" (a hyphen for any one space)."""
    words = form.split()
    if not 1 < len(words) <= 4 or not all(w.replace("'", "").isalnum() for w in words):
        return []
    return [" ".join(words[:i]) + "-" + " ".join(words[i:]) for i in range(1, len(words))]


class SystemMatcher:
    """The system and supplier gazetteers with the matchers built from them, once per catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        systems: SystemsFile = load_file(catalogue.root / "systems.yaml", SystemsFile)
        suppliers: SuppliersFile = load_file(catalogue.root / "suppliers.yaml", SuppliersFile)
        self.systems: dict[str, SystemEntry] = {entry.id: entry for entry in systems.systems}
        self.generic_acronyms = frozenset(systems.generic_acronyms)
        self.not_products = frozenset(systems.not_products)
        self.suppliers: dict[str, SupplierEntry] = {entry.id: entry for entry in suppliers.suppliers}
        nlp = get_nlp()
        self.vocab = nlp.vocab
        # One matcher (a pass over the doc costs as much as the match itself) for every form: an ambiguous form
        # has a label of its own, and a hit on it counts only if the tokens are written as in one of its forms.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.labels: dict[int, tuple[TargetKind, str]] = {}
        self.case_forms: dict[int, frozenset[tuple[str, ...]]] = {}  # ambiguous label -> its forms' token texts
        self.lowercase_forms: set[str] = set()
        self.max_tokens = 1
        fuzzy_forms: dict[str, tuple[TargetKind, str]] = {}
        pattern_docs: list[Doc] = []
        acronym_forms: set[str] = set()
        for kind, entry_id, plain, ambiguous in self._forms():
            label = f"{kind}:{entry_id}"
            self.labels[self.vocab.strings.add(label)] = (kind, entry_id)
            variants = [v for form in plain for v in (form, *_hyphen_variants(form))]
            if variants:
                docs = list(nlp.tokenizer.pipe(variants))
                pattern_docs.extend(docs)
                self.matcher.add(label, docs)
                self.max_tokens = max(self.max_tokens, *(len(d) for d in docs))
            if ambiguous:
                docs = list(nlp.tokenizer.pipe(ambiguous))
                pattern_docs.extend(docs)
                case_key = self.vocab.strings.add(f"{label}:ambiguous")
                self.labels[case_key] = (kind, entry_id)
                self.case_forms[case_key] = frozenset(tuple(t.text for t in d) for d in docs)
                self.matcher.add(f"{label}:ambiguous", docs)
                self.max_tokens = max(self.max_tokens, *(len(d) for d in docs))
            for form in plain:
                if form == form.lower():
                    self.lowercase_forms.add(_normal(form))
                key = utils.default_process(form)
                if len(key) >= FUZZY_MIN_LENGTH and key not in fuzzy_forms:
                    fuzzy_forms[key] = (kind, entry_id)
                    if _ACRONYM_RE.search(form):
                        acronym_forms.add(key)
        self.fuzzy_targets = fuzzy_forms
        self.acronym_forms = frozenset(acronym_forms)  # fuzzy keys of forms holding an acronym (_ACRONYM_RE)
        # Adjacent word pairs of every pattern: a line break or run of spaces is bridged only between them.
        self.pattern_pairs = frozenset((p[i].lower, p[i + 1].lower) for p in pattern_docs for i in range(len(p) - 1))
        self.last_words = frozenset(pattern[-1].lower_ for pattern in pattern_docs if len(pattern))
        self.first_words = frozenset(pattern[0].lower_ for pattern in pattern_docs if len(pattern))
        # For _rematched: the gaps a pattern may bridge, only those before a word that follows another in some
        # pattern (any gap if one is white space: then the token after a gap may be a second run of white
        # space); a test, on the reversed text, of the word before a gap; and the full stops after a word that
        # may end a pattern.
        seconds = [p[i] for p in pattern_docs for i in range(1, len(p))]
        second_word = None if any(t.is_space for t in seconds) else _starts_re(t.lower_ for t in seconds)
        follow = "" if second_word is None else f"(?={second_word.pattern})"
        self.gap_res = (re.compile(_LINE_BREAK_GAP + follow), re.compile(_SPACES_GAP + follow))
        firsts = [p[i] for p in pattern_docs for i in range(len(p) - 1)]
        first_word = None if any(t.is_space for t in firsts) else _starts_re(t.lower_[::-1] for t in firsts)
        # white space the gap's run may hold before it (a tab, a no-break space), then the word read backwards
        self.first_word_reversed_re = None if first_word is None else re.compile(rf"\s*{first_word.pattern}")
        self.joined_stop_re = _joined_stop_re(self.last_words)
        self._fuzzy_cache: dict[str, tuple[str, float] | None] = {}
        # (capitalised word, the word after it or "") whose fuzzy queries are known to find nothing
        self.quiet_words: set[tuple[str, str]] = set()
        # Choices grouped by first letter: a typo rarely hits the first letter, and the search stays small.
        self.fuzzy_buckets: dict[str, list[str]] = {}
        for key in fuzzy_forms:
            self.fuzzy_buckets.setdefault(key[0], []).append(key)
        # Each bucket cut down to the forms a query of a given length may match (the rest cannot score
        # FUZZY_THRESHOLD, see _may_score), in the bucket's order: extractOne keeps the first of equal scores.
        longest = max(map(len, fuzzy_forms), default=0)
        self.fuzzy_choices: dict[tuple[str, int], list[str]] = {}
        for letter, bucket in self.fuzzy_buckets.items():
            for size in range(FUZZY_MIN_LENGTH, 2 * longest + 1):
                choices = [form for form in bucket if _may_score(size, len(form), FUZZY_THRESHOLD)]
                if choices:
                    self.fuzzy_choices[letter, size] = choices
        self.cue_res: dict[str, re.Pattern[str] | None] = {
            entry.id: _phrase_re(entry.cues) for entry in self.systems.values()
        }
        self.ancestors = {sid: self._ancestors(sid) for sid in self.suppliers}
        self.related: dict[str, frozenset[str]] = {}
        for sid in self.suppliers:
            family = {sid, *self.ancestors[sid]}
            family.update(other for other, up in self.ancestors.items() if sid in up)
            self.related[sid] = frozenset(family)

    def _forms(self) -> Iterable[tuple[TargetKind, str, list[str], list[str]]]:
        for system in self.systems.values():
            ambiguous = {_normal(form) for form in system.ambiguous_names}
            forms = [
                system.name,
                *([system.full_name] if system.full_name else []),
                *system.aliases,
                *system.misspellings,
            ]
            yield "system", system.id, _unique(f for f in forms if _normal(f) not in ambiguous), system.ambiguous_names
        for supplier in self.suppliers.values():
            ambiguous = {_normal(form) for form in supplier.ambiguous_names}
            forms = [supplier.name, *supplier.legal_names, *supplier.aliases]
            yield (
                "supplier",
                supplier.id,
                _unique(f for f in forms if _normal(f) not in ambiguous),
                supplier.ambiguous_names,
            )

    def _ancestors(self, supplier_id: str) -> frozenset[str]:
        seen: set[str] = set()
        todo = [supplier_id]
        while todo:
            entry = self.suppliers.get(todo.pop())
            if entry is None:
                continue
            for up in [entry.parent, *(step.acquired_by for step in entry.lineage)]:
                if up and up not in seen and up != supplier_id:
                    seen.add(up)
                    todo.append(up)
        return frozenset(seen)

    def parent_of(self, supplier_id: str) -> str | None:
        """The catalogue's current top parent of a supplier (Liquidlogic -> System C), or None."""
        seen = {supplier_id}
        current = self.suppliers[supplier_id].parent
        top = None
        while current and current in self.suppliers and current not in seen:
            top = current
            seen.add(current)
            current = self.suppliers[current].parent
        return top

    def fuzzy_lookup(self, query: str) -> tuple[str, float] | None:
        """The closest unambiguous catalogue form to ``query`` scoring ``FUZZY_THRESHOLD`` or more, or None.

        Results are remembered: the same capitalised words ("Council", "Information") recur in every reply.
        """
        cache = self._fuzzy_cache
        found = cache.get(query, _UNSEEN)
        if found is _UNSEEN:
            if len(cache) > 50_000:
                cache.clear()
            found = cache[query] = self.fuzzy_score(query)
        return found

    def fuzzy_cache_clear(self) -> None:
        self._fuzzy_cache.clear()
        self.quiet_words.clear()

    def add_quiet_words(self, words: Iterable[tuple[str, str]]) -> None:
        """Remember that for each (word, nxt) neither ``word`` nor ``word nxt`` has a fuzzy match (see
        ``_Run._may_match_fuzzily``)."""
        if len(self.quiet_words) > 50_000:
            self.quiet_words.clear()
        self.quiet_words.update(words)

    def fuzzy_score(self, query: str, cutoff: float = FUZZY_THRESHOLD) -> tuple[str, float] | None:
        """The closest unambiguous catalogue form to ``query`` scoring at least ``cutoff``, or None."""
        key = utils.default_process(query)
        if len(key) < FUZZY_MIN_LENGTH or key in _ORDINARY_WORDS:
            return None
        if cutoff == FUZZY_THRESHOLD:
            choices = self.fuzzy_choices.get((key[0], len(key)))
        else:
            bucket = self.fuzzy_buckets.get(key[0], [])
            choices = [form for form in bucket if _may_score(len(key), len(form), cutoff)]
        if not choices:
            return None
        # The choices are forms already through default_process (which is idempotent), so only the query
        # is processed: rapidfuzz then compares in C without a Python call per choice.
        found = process.extractOne(key, choices, scorer=FUZZY_SCORER, processor=None, score_cutoff=cutoff)
        if found is None:
            return None
        form = str(found[0])
        if form.count(" ") != key.count(" ") and (
            # A space put in or taken out before a word in lower case makes other words, not a misspelt name:
            # "Carmarthenshire Archives service" (The National Archives' disclosure log) is no "AchieveService". A
            # name's capitals spaced apart still are the name: "a company called Total Mobile" (Barnet Homes) is
            # Totalmobile.
            not all(word[:1].isupper() for word in query.split())
            # Words joined or parted make a name only as they stand, letter for letter: a space and a letter changed
            # too are other words ("Commissioner of the Metropolitan Police Service New Scotland Yard", an ICO
            # decision notice's address, is no "ServiceNow").
            or form.replace(" ", "") != key.replace(" ", "")
        ):
            return None
        if key.startswith(form) and len(key) - len(form) >= 2 and key[len(form)].isalpha():
            # The form's last word run on into another word is that other word, not a misspelling: "Freedom of
            # Information Working Group" (East Renfrewshire Council's FOI policy) is no "Information@Work".
            return None
        key_words, form_words = key.split(), form.split()
        if (
            len(form_words) > 1
            and len(key_words) == len(form_words)
            and any(
                fuzz.ratio(word, own) < _MISSPELT_WORD_FLOOR for word, own in zip(key_words, form_words, strict=True)
            )
        ):
            # A misspelt name misspells its words, each still near its own; a word grown into another is that word:
            # "Combined Homelessness and Information Network" (the Greater London Authority's disclosure log) is no
            # "Information@Work" ("work" in "network" scores 73).
            return None
        return form, float(found[1])

    def match_doc(self, doc: Doc, text: str) -> list[tuple[int, int, int, bool, int, int]]:
        """(label, start, end, ambiguous, start_char, end_char) for every pattern hit in ``doc`` (over
        ``text``), including hits across a line break and hits on a word the tokenizer left joined to a
        full stop ("held on RiO.")."""
        hits = []
        for key, start, end, ambiguous in self._matches(doc):
            last = doc[end - 1]
            hits.append((key, start, end, ambiguous, doc[start].idx, last.idx + len(last)))
        return hits + self._rematched(doc, text)

    def _matches(self, doc: Doc) -> list[tuple[int, int, int, bool]]:
        """(label, start, end, ambiguous) of each pattern hit in ``doc``: the hits on unambiguous forms, then those
        on ambiguous forms written as the form is ("LCS", not "lcs"), each in the matcher's order."""
        plain = []
        ambiguous = []
        case_forms = self.case_forms
        for key, start, end in self.matcher(doc):
            forms = case_forms.get(key)
            if forms is None:
                plain.append((key, start, end, False))
            elif (tuple([doc[i].text for i in range(start, end)]) if end - start > 1 else (doc[start].text,)) in forms:
                ambiguous.append((key, start, end, True))
        return plain + ambiguous

    def _window(
        self, doc: Doc, index: list[int], words: list[str], *, across: int | None = None, ending: int | None = None
    ) -> Iterable[tuple[int, int, int, bool, int, int]]:
        """Hits in a short doc of ``words`` (tokens ``index`` of ``doc``) that run ``across`` the word at that
        position and its predecessor, or that end at ``ending``."""
        for key, start, end, ambiguous in self._matches(Doc(self.vocab, words=words)):
            if (across is None or start < across < end) and (ending is None or end == ending):
                first, last = doc[index[start]], doc[index[end - 1]]
                end_char = last.idx + len(words[end - 1])
                yield key, index[start], index[end - 1] + 1, ambiguous, first.idx, end_char

    def _rematched(self, doc: Doc, text: str) -> list[tuple[int, int, int, bool, int, int]]:
        found: set[tuple[int, int, int, bool, int, int]] = set()
        n = len(doc)
        reach = self.max_tokens - 1
        if n < 2 or reach < 1:
            return []
        pairs = self.pattern_pairs
        length = len(text)
        reversed_text = text[::-1]
        first_word = self.first_word_reversed_re
        # A run of spaces or a single line break between two words that stand side by side in some pattern.
        for gap_start, gap_end in _bridged_gaps(text, self.gap_res):
            if first_word is not None and first_word.match(reversed_text, length - gap_start) is None:
                continue  # no pattern word before the gap ends so
            after = doc.char_span(gap_end, gap_end + 1, alignment_mode="expand")
            if after is None or after.start < 2:
                continue
            i = after.start - 1  # the whitespace token
            if not doc[i].is_space or (doc[i - 1].lower, doc[i + 1].lower) not in pairs:
                continue
            index = [j for j in range(max(0, i - 2 * reach), min(n, i + 2 * reach + 1)) if not doc[j].is_space]
            index = [j for j in index if j < i][-reach:] + [j for j in index if j > i][:reach]
            gap = sum(1 for j in index if j < i)
            found.update(self._window(doc, index, [doc[j].text for j in index], across=gap))
        # "RiO." and "Ltd." stay one token before a full stop: match the word without it.
        for stop in self.joined_stop_re.finditer(reversed_text):
            begin = length - stop.end()
            end = length - 1 - stop.start()  # the full stop
            if begin > 0 and text[begin - 1] in "_.":
                continue
            if text[begin:end].lower() not in self.last_words:  # a hit must end with this word
                continue
            span = doc.char_span(begin, end + 1)
            if span is None or len(span) != 1:
                continue
            i = span.start
            before = [j for j in range(max(0, i - 2 * reach), i) if not doc[j].is_space]
            index = [*(before[-reach:] if reach else []), i]
            words_ = [doc[j].text for j in index]
            words_[-1] = words_[-1][:-1]
            last = len(index)
            found.update(self._window(doc, index, words_, ending=last))
        found.update(self._glued_on(doc, text))
        return sorted(found)

    def _glued_on(self, doc: Doc, text: str) -> Iterable[tuple[int, int, int, bool, int, int]]:
        """Hits on a name glued to the word before it, the space lost between a question and its answer in a PDF's
        text: "b. Nursing & MidwiferyHealthRoster - supplied by Allocate", "a. Medical & DentalDRS - supplied by Skills
        for Health" (Central and North West London NHS Foundation Trust's letter). The name starts at a capital after
        three letters in lower case, inside a word that starts no name of its own ("ContrOCC" holds no "OCC")."""
        reach = self.max_tokens - 1
        first_words = self.first_words
        for m in _GLUED_CAPITAL_RE.finditer(text):
            name = _WORD_RUN_RE.match(text, m.end() - 1)
            word_start = m.start()
            while word_start > 0 and text[word_start - 1].isalnum():
                word_start -= 1
            if (
                name is None
                or name.group().lower() not in first_words
                or text[word_start : name.end()].lower() in first_words
            ):
                continue
            begin = name.start()
            token = doc.char_span(begin, begin + 1, alignment_mode="expand")
            if token is None or len(token) != 1:
                continue
            i = token.start
            glued = doc[i]
            word = text[begin : glued.idx + len(glued)]
            index = [i, *[j for j in range(i + 1, min(len(doc), i + 2 * reach + 1)) if not doc[j].is_space][:reach]]
            words = [word, *(doc[j].text for j in index[1:])]
            # (the window's offsets are its tokens'; the glued word's own start, and its end where the hit is it alone)
            for key, start, end, ambiguous, _start_char, end_char in self._window(doc, index, words):
                if start == i:
                    yield key, start, end, ambiguous, begin, begin + len(word) if end == i + 1 else end_char


def _bridged_gaps(text: str, regexes: tuple[re.Pattern[str], re.Pattern[str]]) -> Iterable[tuple[int, int]]:
    """(start, end) of each run of white space (spaces, tabs, line breaks) inside the text that holds one line
    break, or none and two spaces side by side (found by ``regexes``, _LINE_BREAK_GAP and _SPACES_GAP with a
    test of what follows)."""
    for needle, regex in zip(("\n", "  "), regexes, strict=True):
        # A line break is looked for with memchr, far quicker than the pattern's own scan; two spaces are not (the
        # plain search walks a reply with no double space as slowly as the pattern, whose prefix is the same
        # literal: ~6 us on the seed), so that pattern runs without the test.
        if len(needle) == 1 and needle not in text:
            continue
        for m in regex.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            # at the text's start, or after another line break (then the run holds two, or was found already)
            if start > 0 and text[start - 1] != "\n":
                yield start, m.end()


def _starts_re(words: Iterable[str]) -> re.Pattern[str] | None:
    """A regex that matches (at an offset) wherever one of ``words`` starts, in any case: so wherever a token
    starts whose lower case (spaCy's LOWER, ``str.lower``) is one of them. None unless every word is ASCII: a
    character ``str.lower`` turns into an ASCII letter matches that letter case-insensitively, but not all others
    do ("İ")."""
    words = set(words)
    if not all(word.isascii() and not any(c.isspace() for c in word) for word in words):
        return None
    return re.compile(f"(?i:{labels_re(words)})")


def _joined_stop_re(last_words: frozenset[str]) -> re.Pattern[str]:
    r"""A full stop that ends a word ("held on RiO."), to find in the reversed text so that one pass also reads
    the word before it: group 1 is its last 40 letters and digits at most, reversed. (?<!\S\.) is "before a
    space or the end" read backwards, after the literal, which is scanned for quickly. Where the pattern words
    are ASCII, only a word that may be one of ``last_words`` is read: the lower case of letters and digits holds
    no other character, so a last word such as "s/4hana" never ends one."""
    ends = _starts_re(word[::-1] for word in last_words if word.isalnum())
    if ends is None or not all(word.isascii() for word in last_words):
        return re.compile(r"\.(?<!\S\.)([^\W_]{1,40})")
    return re.compile(rf"\.(?<!\S\.)(?={ends.pattern})([^\W_]{{1,40}})")


# characters: a heading over a list of systems is a few words ("Adults and Childrens services:")
_HEADING_ABOVE_LONGEST = 40

_LOWER_OR_DIGIT = "abcdefghijklmnopqrstuvwxyz0123456789"
_UPPER_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _may_end_camel_case(text: str, begin: int, end: int) -> bool:
    """Whether ``_UNKNOWN_NAME`` may match a name in text[begin:end] that ends at ``end``: its last part, [A-Z]
    then [a-z0-9]+, is the whole run of [a-z0-9] before ``end`` and the capital before that run (a necessary
    condition only, so a cheap test before the search; "CareAssess" passes, "management" and "IT" do not)."""
    piece = text[begin:end]
    head = piece.rstrip(_LOWER_OR_DIGIT)
    return len(head) < len(piece) and head[-1:] in _UPPER_LETTERS


def _may_score(size: int, form_size: int, cutoff: float) -> bool:
    """Whether strings of these lengths may score ``cutoff`` with fuzz.ratio, 200 * common / (their total
    length), where the common subsequence is no longer than the shorter string (a point spared for rounding)."""
    return 200 * min(size, form_size) >= (cutoff - 1) * (size + form_size)


def _unique(forms: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for form in forms:
        if form not in seen:
            seen.add(form)
            out.append(form)
    return out


def _phrase_re(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    # (?<![a-z0-9]) goes after each phrase's first character (as the look-behind over two characters
    # (?<![a-z0-9].)) so that the pattern opens with literals, which are scanned for quickly.
    alternatives = []
    for phrase in phrases:
        words = phrase.lower().split()
        if not words:
            alternatives.append("(?<![a-z0-9])")
            continue
        head = re.escape(words[0][0]) + "(?<![a-z0-9].)" + re.escape(words[0][1:])
        alternatives.append(head + "".join(r"\s+" + re.escape(word) for word in words[1:]))
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![a-z0-9])")


_MATCHERS: weakref.WeakKeyDictionary[Catalogue, SystemMatcher] = weakref.WeakKeyDictionary()


def system_matcher(catalogue: Catalogue) -> SystemMatcher:
    """The matcher for ``catalogue``, built on first use and kept as long as the catalogue lives."""
    matcher = _MATCHERS.get(catalogue)
    if matcher is None:
        matcher = _MATCHERS[catalogue] = SystemMatcher(catalogue)
    return matcher


# ----------------------------------------------------------------------------------------------- extraction
class _Index:
    """Hits in order of position, found by character range in logarithmic time (bundles run to 2 MB)."""

    def __init__(self, hits: Iterable[_Hit]) -> None:
        self.hits = sorted(hits, key=lambda h: h.start_char)
        self.starts = [h.start_char for h in self.hits]

    def within(self, begin: int, end: int) -> list[_Hit]:
        """Hits starting in [begin, end)."""
        return self.hits[bisect.bisect_left(self.starts, begin) : bisect.bisect_left(self.starts, end)]


_LONGEST_NAME = 120  # characters: no name runs longer, so a hit holding an offset starts at most this far before


@dataclass(slots=True)
class _AnswerRef:
    start: int
    end: int
    question: Question
    directorate: str | None


class _Run:
    """One document's matching: the hits, the context lookups they need, and the mentions they make."""

    def __init__(self, matcher: SystemMatcher, ctx: Context, questions: list[Question]) -> None:
        self.m = matcher
        self.ctx = ctx
        self.text = ctx.text
        self.lower = ctx.lower
        self.doc: Doc = ctx.doc
        self.questions = questions
        self.answers = sorted(
            (
                _AnswerRef(a.span.start, a.span.end, q, a.directorate.kind if a.directorate else None)
                for q in questions
                for a in q.answers
            ),
            key=lambda ref: ref.start,
        )
        self.answer_starts = [ref.start for ref in self.answers]
        self.answer_reach: list[int] = []  # the furthest end of answers[0..i]: no earlier answer reaches past it
        for ref in self.answers:
            self.answer_reach.append(max(ref.end, self.answer_reach[-1] if self.answer_reach else 0))
        self.systems: list[_Hit] = []
        self.suppliers: list[_Hit] = []
        self.system_index = _Index([])
        self.supplier_index = _Index([])
        self._line_stops: dict[int, list[int]] = {}  # line start -> the sentence ends in that line
        self._sentences: dict[tuple[int, int], tuple[int, int]] = {}
        # Cue results: run() asks again about the hits still pending in later passes, and nothing a cue reads
        # changes between them.
        self._strong_cues: dict[_Hit, bool] = {}
        self._weak_cues: dict[_Hit, bool] = {}
        self._cue_words: dict[tuple[str, int, int], bool] = {}  # (entry, begin, end): its cues in text[begin:end]
        self._software_sentences: dict[tuple[int, int], bool] = {}
        self._software_questions: dict[int, bool] = {}  # by id(): the questions live as long as the run
        self.covered = bytearray(len(self.text))  # characters of any candidate: no fuzzy match there
        # Where each unambiguous company name ends: a word one space after it may be a misspelt product
        # ("Idox Unifrom"). A word that is not itself covered follows a company name only from such an end.
        self.company_ends: set[int] = set()

    # ------------------------------------------------------------------ context
    def reindex(self) -> None:
        self.system_index = _Index(self.systems)
        self.supplier_index = _Index(self.suppliers)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding text[start:end]: from the last full stop (or line start) before it to the next."""
        key = (start, end)
        found = self._sentences.get(key)
        if found is None:
            layout = self.ctx.layout
            first = layout.line_at(start)
            last = layout.line_at(max(start, end - 1))
            stops = self.stops_in(first)
            i = bisect.bisect_right(stops, start) - 1
            begin = max(first.start, stops[i]) if i >= 0 else first.start
            stops = self.stops_in(last)
            j = bisect.bisect_left(stops, end + 1)
            finish = min(last.end, stops[j]) if j < len(stops) else last.end
            found = self._sentences[key] = (begin, max(finish, end))
        return found

    def stops_in(self, line: Line) -> list[int]:
        """The offsets just after each sentence end in ``line``: a sentence never reaches past its line, so only
        the lines a hit stands on are scanned."""
        stops = self._line_stops.get(line.start)
        if stops is None:
            # line.end + 1 lets the look-ahead see the line break after a final full stop
            ends = _SENTENCE_END.finditer(self.text, line.start, line.end + 1)
            stops = self._line_stops[line.start] = [m.end() for m in ends]
        return stops

    def is_example(self, offset: int) -> bool:
        """A name the request gives as an example ("a scanning system (such as MediViewer)")."""
        if self._under_an_example_heading(offset):
            return True
        if _EXAMPLE_BEFORE.search(self.lower, max(0, offset - _EXAMPLE_REACH), offset) is None:
            return self._in_bracketed_examples(offset)
        begin, end = self.sentence(offset, offset)
        if _EXAMPLE_BEFORE.search(self.lower, max(begin, offset - _EXAMPLE_REACH), offset) is None:
            return False
        # A sentence asking, wherever it stands: "a Name of the core EPR system used (e.g., EPIC, Cerner, SystemC,
        # Nervecentre, Dedalus, other)?" on a disclosure log that prints no request of its own (Salisbury). Or the
        # examples straight under a question's mark: "1. What is the name of the back-office software system currently
        # used by your planning service ...? / (e.g. Idox Uniform, Agile Planning, DEF, Arcus, Northgate M3, BOPS,
        # other)" (Hastings Borough Council's log, cut before its answers).
        return (
            self.asked(offset)
            or self.text[begin:end].rstrip().endswith("?")
            or self.text[max(0, begin - _EXAMPLE_REACH) : begin].rstrip().endswith("?")
        )

    @functools.cached_property
    def _has_example_headings(self) -> bool:
        """Whether any line is "For example:" alone: most texts have none, and one search a run says so."""
        return _EXAMPLE_HEADING_LINE_RE.search(self.text) is not None

    @functools.cached_property
    def _reply_answers(self) -> bool:
        """Whether some question has an answer outside the requester's own message (asked once a run)."""
        by_requester = self.ctx.layout.by_requester
        return any(not by_requester(a.span.start) for q in self.questions for a in q.answers)

    def _under_an_example_heading(self, offset: int) -> bool:
        """Whether the line holding ``offset`` is one of the lines under "For Example:" alone on its line, before any
        blank line: "4. The renewal date or contract length of the licenses held / For Example: / Software: ArcGIS -
        ESRI, Number of Licenses: 15, Price: £xxxx.xx" (a request to South Tyneside Council on WhatDoTheyKnow)."""
        if not self._has_example_headings:
            return False
        lines = self.ctx.layout.lines
        number = self.ctx.layout.line_at(offset).number
        for line in reversed(lines[max(0, number - _EXAMPLE_LINES) : number]):
            if not line.text.strip():
                return False
            if _EXAMPLE_HEADING_RE.fullmatch(line.text):
                return True
        return False

    def _in_bracketed_examples(self, offset: int) -> bool:
        """Inside a bracketed list of names ending "etc." in a question: "2. Which Finance system is used by the
        authority (Oracle, Agresso, Sage, E-Financial, SAP etc.)" (Devon County Council's disclosure log, answered
        "Finest - supported by Software AG")."""
        opening = self.lower.rfind("(", max(0, offset - 80), offset)
        if opening == -1 or ")" in self.lower[opening:offset]:
            return False
        closing = self.lower.find(")", offset, offset + 120)
        if closing == -1 or _BRACKETED_EXAMPLES_RE.fullmatch(self.lower, opening + 1, closing) is None:
            return False
        return self.asked(offset)

    def asked(self, offset: int) -> bool:
        """In the request: the requester's own message, a question the reply repeats, or the lines a log prints
        between its "Request" and "Response" headings ("Request / ... Primary Customer Relationship Management Solution
        (CRM): / For example, Salesforce, Lagan CRM, Microsoft Dynamics; software of this nature. / 1. Name of
        Supplier: ...", The National Archives' published requests: the requester's examples, not its systems)."""
        layout = self.ctx.layout
        return (
            layout.by_requester(offset)
            or any(q.span.start <= offset < q.span.end for q in self.questions)
            or layout.in_request_section(offset)
        )

    def only_denied(self, hits: list[_Hit]) -> bool:
        """Named by the authority only to say it does not use it; otherwise only asked about."""
        denied = [_NOT_USED_BEFORE.search(self.lower, max(0, h.start_char - 40), h.start_char) for h in hits]
        return any(denied) and all(d or self.asked(h.start_char) for d, h in zip(denied, hits, strict=True))

    def only_in_questions_left_unanswered(self, hits: list[_Hit]) -> bool:
        """Named only in the requester's questions, each left without an answer by a reply that answers others: the
        reply had not reached them where the text is cut. "11) Do you use Azure / Amazon Web Services or Office365 ?"
        in a request to the London Borough of Hackney on WhatDoTheyKnow, the council's reply cut at its answer to
        question 2 (shared/corpus/LABELLING.md: the request's names count only where only the request is present).
        A question the reply answers ("Yes") keeps the names it asks about."""
        if not self._reply_answers:
            return False
        by_requester = self.ctx.layout.by_requester
        for hit in hits:
            asking = [q for q in self.questions if q.span.start <= hit.start_char < q.span.end]
            if not asking or any(q.answers for q in asking):
                return False
            # A log prints the request as no message of the requester's: a question there asks in its own words ("5.
            # Do you use Microsoft power platform technologies such as Power Automate, Power Virtual Agents?" on
            # Hastings Borough Council's log, its reply cut inside the refusal of question 1); an item with no
            # question mark may be the reply's answer read into it.
            if not by_requester(hit.start_char) and not any("?" in q.text for q in asking):
                return False
        return True

    def answers_at(self, offset: int) -> list[_AnswerRef]:
        """The answers holding ``offset`` (several when questions share one answer), in order."""
        found = []
        i = bisect.bisect_right(self.answer_starts, offset) - 1
        while i >= 0 and self.answer_reach[i] > offset:
            if offset < self.answers[i].end:
                found.append(self.answers[i])
            i -= 1
        return found[::-1]

    def answer_at(self, offset: int) -> _AnswerRef | None:
        found = self.answers_at(offset)
        return found[-1] if found else None

    def is_capitalised_word(self, i: int, own: _Hit) -> bool:
        """Token ``i`` is a capitalised word that is not part of some other catalogue name."""
        token = self.doc[i]
        if not token.is_alpha or not token.text[0].isupper() or token.lower_ in _SYSTEM_WORDS or token.text == "I":
            return False
        return not (self.covered[token.idx] and not own.start_char <= token.idx < own.end_char)

    def prev_token(self, i: int) -> int | None:
        j = i - 1
        while j >= 0 and self.doc[j].is_space:
            if "\n" in self.doc[j].text:
                return None
            j -= 1
        return j if j >= 0 else None

    def next_token(self, i: int) -> int | None:
        j = i
        n = len(self.doc)
        while j < n and self.doc[j].is_space:
            if "\n" in self.doc[j].text:
                return None
            j += 1
        return j if j < n else None

    # ------------------------------------------------------------------ candidates
    def candidates(self) -> list[_Hit]:
        found: list[_Hit] = []
        boilerplate_kind = self.ctx.layout.boilerplate_kind
        labels = self.m.labels
        lowercase_forms = self.m.lowercase_forms
        covered = self.covered
        for key, start, end, ambiguous, start_char, end_char in self.m.match_doc(self.doc, self.text):
            kind, entry_id = labels[key]
            text = self.text[start_char:end_char]
            covered[start_char:end_char] = b"\x01" * (end_char - start_char)
            if kind == "supplier" and not ambiguous:
                self.company_ends.add(end_char)
            if not ambiguous and not any(map(str.isupper, text)) and _normal(text) not in lowercase_forms:
                continue  # "per capita", "the system one uses"
            if boilerplate_kind(start_char) is not None or self.is_example(start_char):
                continue
            found.append(_Hit(kind, entry_id, start, end, start_char, end_char, text, ambiguous))
        found.sort(key=lambda h: (h.start - h.end, h.ambiguous, h.start))
        return found

    def run(self) -> None:
        candidates = self.candidates()
        taken = bytearray(len(self.doc))

        def free(hit: _Hit) -> bool:
            return 1 not in taken[hit.start : hit.end]

        def take(hit: _Hit) -> None:
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)

        # 1. Unambiguous product names, longest first; not one inside a longer supplier name, the maker's name holding
        # its product's ("Dental are now using RL Datix e-Allocate", NHS Shetland's log: RLDatix, not its Datix).
        makers = [(h.start, h.end) for h in candidates if h.kind == "supplier" and not h.ambiguous]
        for hit in candidates:
            if (
                hit.kind == "system"
                and not hit.ambiguous
                and free(hit)
                and not any(s <= hit.start and hit.end <= e and e - s > hit.end - hit.start for s, e in makers)
            ):
                self.systems.append(hit)
                take(hit)
        # Each pass below adds to one list, so only its index is rebuilt after it.
        self.system_index = _Index(self.systems)
        # 2. Unambiguous supplier names: inside a product name as written, or standing on their own.
        supplier_taken = bytearray(len(self.doc))
        for hit in candidates:
            if hit.kind != "supplier" or hit.ambiguous or 1 in supplier_taken[hit.start : hit.end]:
                continue
            host = self._host(hit)
            if host is not None:
                host.inside.append(hit)
            else:
                self.suppliers.append(hit)
            supplier_taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        for hit in self.suppliers:
            take(hit)
        self.supplier_index = _Index(self.suppliers)
        # 3. Ambiguous product names need a cue; a confident match of the entry anywhere is one. None inside a public
        # body's name: "Kent and Medway NHS and Social Care Partnership Trust" names no Medway PAS, though "Trust"
        # is one of its cues.
        names = self.ctx.catalogue.authority_name_matcher.authority_ids
        for match_id, start, end in self.ctx.authority_name_matches():
            if match_id in names:
                taken[start:end] = b"\x01" * (end - start)
        pending = [h for h in candidates if h.kind == "system" and h.ambiguous]
        for strong_only in (True, False, False):
            confirmed = {h.id for h in self.systems}
            still = []
            for hit in pending:
                if not free(hit):
                    continue
                if hit.id in confirmed or self._system_cue(hit, weak=not strong_only):
                    self.systems.append(hit)
                    take(hit)
                else:
                    still.append(hit)
            pending = still
        self.system_index = _Index(self.systems)
        # 4. Ambiguous supplier names need a cue too.
        for hit in candidates:
            if hit.kind != "supplier" or not hit.ambiguous:
                continue
            host = self._host(hit)
            if host is not None:
                host.inside.append(hit)
            elif free(hit) and self._supplier_cue(hit):
                self.suppliers.append(hit)
                take(hit)
        self.supplier_index = _Index(self.suppliers)
        # 5. Misspellings, then unknown CamelCase products.
        self._fuzzy()
        self.systems.sort(key=lambda h: h.start)
        self.suppliers.sort(key=lambda h: h.start)
        self.reindex()

    def _host(self, supplier: _Hit) -> _Hit | None:
        for system in self.system_index.within(supplier.start_char - _LONGEST_NAME, supplier.start_char + 1):
            if system.start <= supplier.start and supplier.end <= system.end:
                return system
        return None

    # ------------------------------------------------------------------ cues
    def _system_cue(self, hit: _Hit, *, weak: bool) -> bool:
        strong = self._strong_cues.get(hit)
        if strong is None:
            strong = self._strong_cues[hit] = self._strong_cue(hit)
        if strong or not weak:
            return strong
        found = self._weak_cues.get(hit)
        if found is None:
            entry = self.m.systems[hit.id]
            found = hit.text in {entry.name, entry.full_name} and self._weak_cue(
                hit, *self.sentence(hit.start_char, hit.end_char)
            )
            self._weak_cues[hit] = found
        return found

    def _has_cue_words(self, entry_id: str, begin: int, end: int) -> bool:
        """One of the entry's ``cues`` in text[begin:end] (hits of a sentence or an answer share the search)."""
        key = (entry_id, begin, end)
        found = self._cue_words.get(key)
        if found is None:
            cue_re = self.m.cue_res[entry_id]
            found = self._cue_words[key] = cue_re is not None and cue_re.search(self.lower, begin, end) is not None
        return found

    def _strong_cue(self, hit: _Hit) -> bool:
        entry = self.m.systems[hit.id]
        begin, end = self.sentence(hit.start_char, hit.end_char)
        if self._has_cue_words(hit.id, begin, end):
            return True
        answer = self.answer_at(hit.start_char)
        if answer is not None and self._has_cue_words(hit.id, answer.start, answer.end):
            return True
        heading = self._heading_above(hit.start_char)
        if heading is not None and self._has_cue_words(hit.id, heading.start, heading.end):
            return True
        if entry.supplier is not None and self.supplier_index.hits:
            family = self.m.related.get(entry.supplier, frozenset({entry.supplier}))
            if any(s.id in family for s in self.supplier_index.within(begin, end)):
                return True
        doc = self.doc
        nxt = self.next_token(hit.end)
        if nxt is not None:
            word = doc[nxt].lower_
            if word in _SYSTEM_WORDS and word != "application":
                return True
            if word == "case" and nxt + 1 < len(doc) and doc[nxt + 1].lower_ in {"management", "recording"}:
                return True
        j = hit.start - 1
        steps = 0
        while j >= 0 and steps < 4:
            token = doc[j]
            if token.is_space:
                if "\n" in token.text:
                    break
            elif token.lower_ not in _BEFORE_NAME:
                break
            j -= 1
            steps += 1
        return (
            0 <= j < hit.start - 1
            and doc[j].lower_ in {"system", "systems", "software"}
            and not self._initials_defined(hit)
        )

    def _initials_defined(self, hit: _Hit) -> bool:
        """Whether ``hit``, in brackets, gives the initials of the words right before it: the text's own short name
        for them ("How much money does your integrated care system (ICS) spend on radiology outsourcing", a request
        on NHS Kernow's disclosure log), not the product a system word names before it."""
        letters = hit.text
        if not letters.isupper() or not self.text.endswith("(", 0, hit.start_char):
            return False
        words = _WORD_BEFORE_BRACKET_RE.findall(self.text, max(0, hit.start_char - _INITIALS_REACH), hit.start_char - 1)
        initials = "".join(word[0] for word in words[-len(letters) :]).upper()
        return len(words) >= len(letters) and initials == letters

    def _heading_above(self, offset: int) -> Line | None:
        """The short line ending in a colon straight above the line at ``offset`` (a blank line between), that names
        what the lines under it are about: "Housing: / Northgate, Jigsaw and Uniform" (Thurrock Council's published
        reply listing its systems by service). Normalisation leaves one blank line at most between two with text."""
        layout = self.ctx.layout
        above = layout.line_above(layout.line_at(offset).number, within=2)
        if above is None:
            return None
        words = above.text.strip()
        return above if words.endswith(":") and len(words) <= _HEADING_ABOVE_LONGEST else None

    def _weak_cue(self, hit: _Hit, begin: int, end: int) -> bool:
        """A standalone proper noun in a sentence, or an answer to a question, about software."""
        prev = self.prev_token(hit.start)
        if prev is not None and (self.is_capitalised_word(prev, hit) or self.doc[prev].lower_ in _VERB_BEFORE):
            return False
        nxt = self.next_token(hit.end)
        if nxt is not None and self.doc[nxt].text == "," and nxt + 1 < len(self.doc):
            nxt += 1
        if nxt is not None and self.is_capitalised_word(nxt, hit):
            return False
        line = self.ctx.layout.line_at(hit.start_char)
        opens = prev is None or self.doc[prev].is_punct or self.text[line.start : hit.start_char].strip(" *-•#>") == ""
        if opens and len(self.text[begin:end].split()) > 4:
            return False  # "Confirm the number of systems ..." opens a sentence
        return self._in_software_context(hit.start_char, hit.end_char)

    def _in_software_context(self, start: int, end: int) -> bool:
        """Whether the sentence holding text[start:end], or the question whose answer holds it, is about software."""
        if self._about_software(*self.sentence(start, end)):
            return True
        answer = self.answer_at(start)
        return answer is not None and self._asks_about_software(answer.question)

    def _about_software(self, begin: int, end: int) -> bool:
        """Whether text[begin:end] says "system", "software", "IT", ... (asked again for each name in a sentence)."""
        key = (begin, end)
        found = self._software_sentences.get(key)
        if found is None:
            found = self._software_sentences[key] = bool(
                _IT_WORDS.search(self.lower, begin, end) or _IT_UPPER.search(self.text, begin, end)
            )
        return found

    def _asks_about_software(self, question: Question) -> bool:
        found = self._software_questions.get(id(question))
        if found is None:
            found = self._software_questions[id(question)] = bool(
                _IT_WORDS.search(question.text.lower()) or _IT_UPPER.search(question.text)
            )
        return found

    def _supplier_cue(self, hit: _Hit) -> bool:
        prev = self.prev_token(hit.start)
        nxt = self.next_token(hit.end)
        if nxt is not None and self.doc[nxt].lower_ in _FUNCTION_WORDS and self.doc[nxt].is_lower:
            return False  # "Access to Resources"
        if nxt is not None and self.is_capitalised_word(nxt, hit):
            return False  # "Northgate House"
        if (
            prev is not None
            and nxt is not None
            and self.is_capitalised_word(prev, hit)
            and self.doc[nxt].text[:1].isupper()
            and self.doc[nxt].lower_ in _SYSTEM_WORDS
        ):
            # A kind of system named in title case, the word inside it: "Patient Access System: A Patient Access
            # System allows patients to manage their appointments" (a request on East Lancashire Hospitals NHS
            # Trust's log), not The Access Group's
            return False
        if nxt is not None and self.doc[nxt].lower_ in _SUPPLIER_AFTER:
            return True
        begin, end = self.sentence(hit.start_char, hit.end_char)
        family = self.m.related.get(hit.id, frozenset({hit.id}))
        for system in self.system_index.within(begin, end):
            if self.m.systems[system.id].supplier in family:
                return True
        if prev is not None:
            before = self.lower[max(0, hit.start_char - 30) : hit.start_char]
            if _SUPPLIER_BEFORE.search(before):
                return True
        return False

    # ------------------------------------------------------------------ fuzzy and unknown names
    def fuzzy_queries(self) -> Iterable[tuple[int, int, str]]:
        """(start, end, text) of each capitalised word, and pair of words, that no pattern matched."""
        text = self.text
        covered = self.covered
        company_ends = self.company_ends
        for m in _CAPITALISED.finditer(text):
            start, end = m.span()
            word, nxt = m.group(1, 2)
            if 1 in covered[start:end] or word.lower() in STOP_WORDS:
                continue
            if start - 1 in company_ends and text[start - 1] == " ":
                # after a matched company name: "Idox Unifrom"
                before = _WORD_BEFORE.search(text, max(0, start - 30), start - 1)
                if before is not None:
                    yield before.start(), end, text[before.start() : end]
            if nxt is not None:
                nxt_end = m.end(2)
                # (not with a word of two letters: "Information Re", a link's title cut at the page's end, is no
                # misspelt Information@Work)
                if (
                    nxt_end - start >= FUZZY_MIN_LENGTH + 2
                    and len(nxt) > 2
                    and 1 not in covered[end + 1 : nxt_end]
                    and (nxt[0].isupper() or nxt not in STOP_WORDS)
                ):
                    yield start, nxt_end, text[start:nxt_end]
            if end - start >= FUZZY_MIN_LENGTH:
                yield start, end, word

    def _may_match_fuzzily(self) -> bool:
        """Whether some query of fuzzy_queries() has a fuzzy match, tested on the distinct words of the text with
        every covered character blanked out. That makes each query fuzzy_queries() makes (and perhaps a few
        more, all of them look-ups without effect), but not where: most replies have no match, and then the
        words need not be walked one by one."""
        text = self.text
        covered = self.covered
        lookup = self.m.fuzzy_lookup
        # A word after a company name is also read with the word before it ("Idox Unifrom").
        for company_end in self.company_ends:
            start = company_end + 1
            m = _CAPITALISED.match(text, start) if text[company_end:start] == " " else None
            if m is None or 1 in covered[start : m.end()] or m.group(1).lower() in STOP_WORDS:
                continue
            before = _WORD_BEFORE.search(text, max(0, start - 30), start - 1)
            if before is not None and lookup(text[before.start() : m.end()]) is not None:
                return True
        # Blanks only add words: each word (and word after it) that fuzzy_queries() reads is uncovered and reads
        # the same, since a letter beside it would belong to it and a blank ends a word wherever another
        # character does.
        pieces: list[str] = []
        start = 0
        while (begin := covered.find(1, start)) != -1:
            end = covered.find(0, begin)
            end = len(covered) if end == -1 else end
            pieces += (text[start:begin], " " * (end - begin))
            start = end
        pieces.append(text[start:])
        # Words of earlier replies ("Council", "Freedom of", ...) are known to find nothing.
        words = set(_CAPITALISED.findall("".join(pieces))) - self.m.quiet_words
        # the look-ups fuzzy_queries() makes of these words, each made once
        queries: set[str] = set()
        for word, nxt in words:
            if word.lower() in STOP_WORDS:
                continue
            if len(word) >= FUZZY_MIN_LENGTH:
                queries.add(word)
            if nxt and len(word) + 1 + len(nxt) >= FUZZY_MIN_LENGTH + 2 and (nxt[0].isupper() or nxt not in STOP_WORDS):
                queries.add(f"{word} {nxt}")
        if any(lookup(query) is not None for query in queries):
            return True
        self.m.add_quiet_words(words)
        return False

    def _fuzzy(self) -> None:
        if not self._may_match_fuzzily():
            return
        layout = self.ctx.layout
        done = -1
        moved: set[int] = set()
        for start, end, query in self.fuzzy_queries():
            if start < done:
                continue
            if query.split(" ", 1)[0] in self.m.generic_acronyms:
                continue  # "EPR systems" is a kind of system, not a misspelt "Epic Systems"
            found = self.m.fuzzy_lookup(query)
            if found is None or (found[0] in self.m.acronym_forms and _ACRONYM_RE.search(query) is None):
                continue
            done = end
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or layout.boilerplate_kind(start) is not None or self.is_example(start):
                continue
            form, score = found
            kind, entry_id = self.m.fuzzy_targets[form]
            hit = _Hit(kind, entry_id, span.start, span.end, start, end, query, False, "fuzzy", score)
            overlapping = [
                h
                for index in (self.system_index, self.supplier_index)
                for h in index.within(start - _LONGEST_NAME, end)
                if h.start_char < end and start < h.end_char
            ]
            if any(h.kind == "system" for h in overlapping) or (kind == "supplier" and overlapping):
                continue
            for supplier in overlapping:  # "Idox" in "Idox Unifrom"
                moved.add(id(supplier))
                hit.inside.append(supplier)
            (self.systems if kind == "system" else self.suppliers).append(hit)
            self.covered[start:end] = b"\x01" * (end - start)
        if moved:
            self.suppliers = [h for h in self.suppliers if id(h) not in moved]

    def unknown(self) -> list[_Hit]:
        found: list[_Hit] = []

        def add(hit: _Hit | None) -> None:
            if hit is not None and all(f.start_char != hit.start_char for f in found):
                found.append(hit)

        text = self.text
        appositions = []  # " system, " and " software, ": found by the same search as the CamelCase names
        for space in sorted(occurrences(text, (" module", " system", " software"))):
            if text.startswith((" system, ", " software, "), space):
                appositions.append(space)
            if _UNKNOWN_AFTER.match(text, space) is None:
                continue  # " systems"
            word = space + 1
            window = max(0, word - 40)
            m = _UNKNOWN_NAME.search(text, window, word) if _may_end_camel_case(text, window, space) else None
            if m is None:
                m = _UNKNOWN_CAPITALS_NAME.search(text, window, word)
            if m is not None:
                add(self._unknown_hit(*m.span(1), m.group(1)))
        for comma in appositions:
            name_start = text.index(", ", comma) + 2
            m = _APPOSITION_NAME.match(text, name_start, min(len(text), name_start + 40))
            if m is not None and not _opens_a_clause(m.group(1)):
                add(self._unknown_hit(*m.span(1), m.group(1)))
        for used in _USED_CLAUSE.finditer(text):
            add(self._used_name(used.start()))
        for question in self.questions:
            add(self._answered_name(question))
        if "|" in text:
            for hit in self._table_column_names():
                add(hit)
        for spelt in sorted(occurrences(text, (" System (", " Database (", " Record (", " Register ("))):
            add(self._spelt_out_acronym(spelt))
        # "supplied by ", "provided by ", "developed by ": one search for their common end
        for by in sorted(occurrences(text, ("d by ",))):
            c = _SUPPLIED_CLAUSE.search(text, max(0, by - 24), by + 5)
            if c is None:
                continue
            m = _SUPPLIED_NAME.search(text, max(0, c.start() - 50), c.start())
            if m is None or _opens_a_clause(m.group(1)):
                continue
            start, end = m.span(1)
            # A software company named by the clause is evidence enough: "Crime records are held on PoliceWorks,
            # supplied by Capita."
            if self.supplier_index.within(c.end(), c.end() + 1) or self._in_software_context(start, end):
                add(self._unknown_hit(start, end, m.group(1)))
        return found

    def _unknown_hit(self, start: int, end: int, name: str, tokens_at: tuple[int, int] | None = None) -> _Hit | None:
        """A product the catalogue does not know, named ``name`` at text[start:end] (its tokens at ``tokens_at``,
        where it is reported by an acronym inside that span); None where the catalogue matched those tokens, in
        boilerplate, or in an example the request gives. The cheap tests first; each alone drops the name."""
        token_start, token_end = tokens_at or (start, end)
        if 1 in self.covered[token_start:token_end] or self.ctx.layout.boilerplate_kind(start) is not None:
            return None
        tokens = self.doc.char_span(token_start, token_end, alignment_mode="expand")
        if tokens is None or self.is_example(start):
            return None
        return _Hit("system", "", tokens.start, tokens.end, start, end, name, False, "unknown", 0.0)

    def _used_name(self, clause: int) -> _Hit | None:
        """A product-shaped name said to be used ("Meritec ESB is used to log ...") in a sentence about software or in
        the answer to a question about software."""
        m = _USED_NAME.search(self.text, max(0, clause - 40), clause)
        if m is None or _opens_a_clause(m.group(1)) or not _PRODUCT_SHAPED_WORD.search(m.group(1)):
            return None
        if self._names_no_product(m.group(1)):
            return None  # "CCTV is used to monitor the car parks"
        start, end = m.span(1)
        if not self._in_software_context(start, end):
            return None
        return self._unknown_hit(start, end, m.group(1))

    def _answered_name(self, question: Question) -> _Hit | None:
        """A product-shaped name that is the whole of the first answer to a question asking which system is used
        (``_ANSWERED_NAME``); not a word that names none ("TBC", "NHS")."""
        if not question.answers or not _WHICH_SYSTEM_QUESTION.search(question.text):
            return None
        answer = question.answers[0].span
        m = _ANSWERED_NAME.match(self.text, answer.start, answer.end)
        if m is None or _NO_PRODUCT_RE.fullmatch(m.group(1)):
            return None
        if self._names_no_product(m.group(1)):
            return None
        return self._unknown_hit(*m.span(1), m.group(1))

    def _names_no_product(self, name: str) -> bool:
        """Whether every word of a product-shaped ``name`` is one that names no product (``not_products``: "CCTV",
        "NHS") or a kind of system (``generic_acronyms``: "EPR")."""
        return all(word in self.m.not_products or word in self.m.generic_acronyms for word in name.split(" "))

    def _spelt_out_acronym(self, space: int) -> _Hit | None:
        """ "National Incident Recording System (NIRS)": a product's name spelt out with its acronym, reported by
        the acronym, unless the acronym is a kind of system ("Electronic Patient Record (EPR)", systems.yaml
        generic_acronyms) or a catalogue name ("Electronic Staff Record (ESR)"); words of a longer name may hold
        one ("National Incident Recording System" holds the fire services' Incident Recording System)."""
        text = self.text
        close = text.find(")", space, space + 20)
        if close == -1:
            return None
        m = next((m for m in _SPELT_OUT_RE.finditer(text, max(0, space - 80), close + 1) if m.end() == close + 1), None)
        if m is None:
            return None
        acronym = m.group("acronym")
        if acronym in self.m.generic_acronyms:
            return None
        capitals = list(_CAPITAL_WORD_RE.finditer(text, m.start("name"), m.end("name")))
        if len(capitals) < len(acronym) or "".join(w.group()[0] for w in capitals[-len(acronym) :]) != acronym:
            return None
        start = capitals[-len(acronym)].start()
        # Kept in, used, migrated: the Housing Health and Safety Rating System (HHSRS) one is assessed "under" is a
        # scheme, not software.
        if not _STORED_IN_RE.search(self.lower, max(0, start - 45), start):
            return None
        return self._unknown_hit(start, m.end(), acronym, m.span("acronym"))

    def _table_column_names(self) -> list[_Hit]:
        """The cells of a table's "System" column ("System | Used for | Supplier" over "Zephyr CAD | 999 call
        handling | Zephyr Systems Ltd"), where the catalogue knows no product."""
        found = []
        column: int | None = None
        for line in self.ctx.layout.lines:
            if column is not None and line.text.strip() and not line.text.strip(" -+=|:"):
                continue  # the rule under the header ("----+----")
            if "|" not in line.text:
                column = None
                continue
            cells = line.text.strip().strip("|").split("|")
            if column is None:
                names = [cell.strip().lower() for cell in cells]
                column = next((i for i, name in enumerate(names) if _SYSTEM_COLUMN_RE.fullmatch(name)), None)
                # another column named as a header names it ("Supplier", "Contract end"): "| System name |
                # Liquidlogic |" is a field and its value
                if column is not None and not any(
                    _COLUMN_NAME_RE.fullmatch(name) for i, name in enumerate(names) if i != column
                ):
                    column = None
                continue
            if column >= len(cells):
                continue
            cell = cells[column]
            name = cell.strip()
            if not name or not name[0].isupper() or _NO_PRODUCT_RE.fullmatch(name) or len(name) > 60:
                continue
            start = line.start + len(line.text) - len(line.text.lstrip())
            start += len(line.text.strip()) - len(line.text.strip().lstrip("|"))
            start += sum(len(c) + 1 for c in cells[:column]) + len(cell) - len(cell.lstrip())
            end = start + len(name)
            if self.text[start:end] == name and (hit := self._unknown_hit(start, end, name)) is not None:
                found.append(hit)
        return found

    # ------------------------------------------------------------------ mentions
    def _tight(self, hit: _Hit, supplier: _Hit, family: frozenset[str]) -> int | None:
        """0 for "X, supplied by S", 1 for "X (S)", "X from S" or "S's new X", None otherwise."""
        if supplier.start_char >= hit.end_char:
            gap = self.lower[hit.end_char : supplier.start_char]
            if _SUPPLIED_BY.search(gap) and (supplier.id in family or not self._systems_between(gap, hit, supplier)):
                return 0
            if not _CONNECTORS.match(gap):
                return None
            # A bare comma before a company outside the product's lineage lists the two: "for each MIS provider:
            # SIMS, Bromcom" (the City of Wolverhampton Council) names two school systems, not SIMS's maker.
            return None if gap.strip() == "," and supplier.id not in family else 1
        gap = self.lower[supplier.end_char : hit.start_char]
        return 1 if _POSSESSIVE.fullmatch(gap) else None

    def _systems_between(self, gap: str, hit: _Hit, supplier: _Hit) -> bool:
        low, high = sorted((hit.end_char, supplier.start_char))
        low2, high2 = sorted((hit.start_char, supplier.end_char))
        low, high = min(low, low2), max(high, high2)
        return any(s is not hit and s.id != hit.id for s in self.system_index.within(low, high))

    def _family(self, hit: _Hit) -> frozenset[str]:
        entry = self.m.systems.get(hit.id)
        if entry is None or not entry.supplier:
            return frozenset()
        return self.m.related.get(entry.supplier, frozenset({entry.supplier}))

    def stated_supplier(self, hit: _Hit) -> tuple[int, _Hit] | None:
        """The company the text names as this occurrence's supplier, ranked: right after "supplied by" (0),
        in the name as written or tied to it ("Mosaic (Servelec)", "OLM's Eclipse") (1), then the nearest in
        the same sentence from the product's lineage that no other product holds."""
        best: tuple[int, _Hit] | None = (1, hit.inside[0]) if hit.inside else None
        if not self.supplier_index.hits:
            return best  # no company named on its own in the whole reply
        family = self._family(hit)
        begin, end = self.sentence(hit.start_char, hit.end_char)
        for supplier in self.supplier_index.within(begin, end):
            rank = self._tight(hit, supplier, family)
            if rank is None:
                if supplier.id not in family or self._held_elsewhere(hit, supplier, begin, end):
                    continue
                gap = abs(supplier.start_char - hit.start_char)
                rank = 2 + gap
            if best is None or rank < best[0]:
                best = (rank, supplier)
        return best

    def _held_elsewhere(self, hit: _Hit, supplier: _Hit, begin: int, end: int) -> bool:
        """The supplier is tied to another product of the sentence ("Carefirst ... OLM's new Eclipse")."""
        for other in self.system_index.within(begin, end):
            if other.id == hit.id:
                continue
            if self._tight(other, supplier, self._family(other)) is not None:
                return True
        return False

    def mentions(self, include_tools: bool) -> list[SystemMention]:
        """The records, validated at once from their fields (one validation of the list costs less than
        building each record and each of its spans one by one)."""
        groups: dict[str, list[_Hit]] = {}
        for hit in self.systems:
            groups.setdefault(hit.id, []).append(hit)
        used_suppliers: set[int] = set()
        drafts: list[tuple[int, _MentionFields]] = []
        present_suppliers: set[str] = set()
        for entry_id, hits in groups.items():
            entry = self.m.systems[entry_id]
            if entry.supplier:
                present_suppliers |= self.m.related.get(entry.supplier, frozenset({entry.supplier}))
            stated: tuple[int, _Hit] | None = None
            for hit in hits:
                found = self.stated_supplier(hit)
                if found is not None and (stated is None or found[0] < stated[0]):
                    stated = found
            for hit in hits:
                for inner in hit.inside:
                    used_suppliers.add(id(inner))
            if stated is not None:
                used_suppliers.add(id(stated[1]))
            if (
                (entry.kind in TOOL_KINDS and not include_tools)
                or self.only_denied(hits)
                or self.only_in_questions_left_unanswered(hits)
            ):
                continue
            drafts.append((hits[0].start_char, self._mention(entry, hits, stated)))
        # A name the catalogue does not know is one mention however often it is named: "Force Crime System (FCS)"
        # in the request and again in the reply quoting it (Derbyshire Constabulary on WhatDoTheyKnow).
        unknown_by_name: dict[str, list[_Hit]] = {}
        for hit in self.unknown():
            unknown_by_name.setdefault(hit.text.casefold(), []).append(hit)
        for hits in unknown_by_name.values():
            # "VideoManager, supplied by Motorola Solutions": the company is the unknown product's supplier, not
            # a mention of its own.
            stated = next((found for found in map(self.stated_supplier, hits) if found is not None), None)
            if stated is not None and stated[0] <= 1:
                used_suppliers.add(id(stated[1]))
            else:
                stated = None
            drafts.append((hits[0].start_char, self._unknown_mention(hits, stated)))
        by_supplier: dict[str, list[_Hit]] = {}
        layout = self.ctx.layout
        for hit in self.suppliers:
            if id(hit) in used_suppliers or hit.id in present_suppliers:
                continue
            if _FORMER_NAME.search(self.lower, max(0, hit.start_char - 24), hit.start_char):
                continue  # "supplied by Yunex Traffic (formerly Siemens Mobility)": a company's old name
            if _OWNER_OR_CONSULTANT_BEFORE.search(self.lower, max(0, hit.start_char - 32), hit.start_char):
                continue
            line = layout.line_at(hit.start_char)
            if "|" in line.text and any(line.start <= h.start_char < line.end for h in self.systems):
                continue  # "Tascomi Building Control | Idox Software Ltd | ...": the Supplier column of a table
            begin, end = self.sentence(hit.start_char, hit.end_char)
            if not (
                _TECH_WORDS.search(self.lower, begin, end)
                or _IT_UPPER.search(self.text, begin, end)
                # or named in answer to a question about software: "1. Which system do your staff use to access and
                # manage citizen records? ... Response: 1. Liquid Logic" (Thurrock Council's published response)
                or any(self._asks_about_software(ref.question) for ref in self.answers_at(hit.start_char))
            ):
                continue  # a company named, but not as the maker of something the authority uses
            by_supplier.setdefault(hit.id, []).append(hit)
        for supplier_id, hits in by_supplier.items():
            drafts.append((hits[0].start_char, self._supplier_mention(supplier_id, hits)))
        drafts.sort(key=lambda d: d[0])
        return _mention_records().validate_python([fields for _, fields in drafts])

    def _placement(self, hits: list[_Hit]) -> tuple[list[str], list[str]]:
        numbers: list[str] = []
        kinds: list[str] = []
        for hit in hits:
            for ref in self.answers_at(hit.start_char):
                if ref.question.number not in numbers:
                    numbers.append(ref.question.number)
                if ref.directorate and ref.directorate not in kinds:
                    kinds.append(ref.directorate)
        return numbers, kinds

    def _spans(self, hits: Iterable[_Hit]) -> list[SpanFields]:
        span_fields = self.ctx.span_fields
        return [span_fields(start, end) for start, end in sorted({(h.start_char, h.end_char) for h in hits})]

    def _mention(self, entry: SystemEntry, hits: list[_Hit], stated: tuple[int, _Hit] | None) -> _MentionFields:
        match, best = self._best_match(entry.name, hits)
        supplier_id = stated[1].id if stated is not None else entry.supplier
        extra = [stated[1]] if stated is not None and not any(stated[1] in h.inside for h in hits) else []
        numbers, kinds = self._placement(hits)
        return {
            "name": entry.name,
            "id": entry.id,
            **self._supplier_fields(supplier_id, stated=stated is not None),
            "kind": "system",
            "category": entry.kind,
            "domains": list(entry.domains),
            "match": match,
            "score": best.score if match == "fuzzy" else 100.0,
            "surface": _unique(" ".join(h.text.split()) for h in hits),
            "spans": self._spans([*hits, *extra]),
            "questions": numbers,
            "directorates": kinds,
        }

    def _supplier_mention(self, supplier_id: str, hits: list[_Hit]) -> _MentionFields:
        supplier = self.m.suppliers[supplier_id]
        match, best = self._best_match(supplier.name, hits)
        numbers, kinds = self._placement(hits)
        return {
            "name": supplier.name,
            "id": supplier.id,
            **self._supplier_fields(supplier.id, stated=True),
            "kind": "supplier",
            "match": match,
            "score": best.score if match == "fuzzy" else 100.0,
            "surface": _unique(" ".join(h.text.split()) for h in hits),
            "spans": self._spans(hits),
            "questions": numbers,
            "directorates": kinds,
        }

    def _unknown_mention(self, hits: list[_Hit], stated: tuple[int, _Hit] | None) -> _MentionFields:
        numbers, kinds = self._placement(hits)
        fields: _MentionFields = {
            "name": hits[0].text,
            "match": "unknown",
            "score": 0.0,
            "surface": list(dict.fromkeys(hit.text for hit in hits)),
            "spans": self._spans(hits if stated is None else [*hits, stated[1]]),
            "questions": numbers,
            "directorates": kinds,
        }
        if stated is not None:
            fields.update(self._supplier_fields(stated[1].id, stated=True))
        return fields

    def _supplier_fields(self, supplier_id: str | None, *, stated: bool) -> _MentionFields:
        """A mention's supplier: the company as the catalogue names it, its current parent, and whether the text
        names it."""
        return {
            "supplier": self.m.suppliers[supplier_id].name if supplier_id else None,
            "supplier_id": supplier_id,
            "supplier_parent": self._parent_name(supplier_id),
            "supplier_stated": stated,
        }

    def _parent_name(self, supplier_id: str | None) -> str | None:
        if not supplier_id:
            return None
        parent = self.m.parent_of(supplier_id)
        return self.m.suppliers[parent].name if parent else None

    @staticmethod
    def _best_match(name: str, hits: list[_Hit]) -> tuple[MatchKind, _Hit]:
        """How the best of ``hits`` matched (exact: the catalogue ``name`` in any case and spacing; alias; fuzzy;
        unknown), and that hit: the first of the highest score among those matched so."""
        normal = _normal(name)
        best: tuple[MatchKind, _Hit] | None = None
        best_key = (-1, 0.0)
        for hit in hits:
            kind: MatchKind = hit.match
            if kind not in {"fuzzy", "unknown"}:
                kind = "exact" if _normal(hit.text) == normal else "alias"
            key = (_MATCH_RANK[kind], hit.score)
            if best is None or key > best_key:
                best, best_key = (kind, hit), key
        assert best is not None, "a mention has hits"
        return best


# The fields of a SystemMention, each record's own set of them (unset fields keep the model's defaults, as when
# the record is built with keywords).
_MentionFields = dict[str, Any]


@functools.cache
def _mention_records() -> TypeAdapter[list[SystemMention]]:
    """Makes a document's mentions, spans within, records in one validation (built at the first document)."""
    return TypeAdapter(list[SystemMention])


def extract_systems(ctx: Context, questions: list[Question], *, include_tools: bool = True) -> list[SystemMention]:
    """Every IT system and supplier the document names, de-duplicated, in order of first mention."""
    run = _Run(system_matcher(ctx.catalogue), ctx, questions)
    run.run()
    return run.mentions(include_tools)
