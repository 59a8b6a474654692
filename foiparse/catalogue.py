"""Load and validate the reviewed data under ``patterns/``; build the matchers made from it, once.

The data files are the gazetteers (authorities, suppliers, systems) and the label lists the extractors use
(reference labels, date labels, legislation names, boilerplate openings). Each file is validated against a
pydantic schema when loaded; a broken file raises :class:`~foiparse.errors.PatternDataError` naming it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import PatternDataError
from .models import ExemptionKind
from .scan import (
    LabelScanner,
    LinePattern,
    LiteralIndex,
    PhraseScanner,
    WordCounter,
    after_markup,
    alternation,
    compile_lowered,
    first_words,
    labels_re,
)

_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class AuthorityNameMatcher:
    """Authority names, aliases and abbreviations in one PhraseMatcher, so a Doc is walked once for all.

    The walk compares lower case; the extractor keeps an abbreviation match only where the tokens are spelt
    exactly as the abbreviation ("KCC", not "kcc": ``abbreviations`` holds the spelling of its tokens).
    """

    matcher: Any  # spacy.matcher.PhraseMatcher over LOWER
    authority_ids: dict[int, str]  # match id -> authority id
    abbreviations: dict[int, tuple[str, tuple[str, ...]]]  # match id -> (abbreviation, its tokens' spelling)
    tokenizer: Callable[[str], Any]  # the pipeline's make_doc, for a few words outside the document's Doc


# ----------------------------------------------------------------------------------------------- schemas
_PCT_TITLE = " Primary Care Trust"


class AuthorityEntry(_Data):
    id: str = Field(pattern=_SLUG)
    name: str
    type: str
    nation: Literal["england", "wales", "scotland", "northern_ireland", "uk", "crown_dependency"]
    domains: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    # The names the body had before a rename ("Kent and Medway NHS and Social Care Partnership Trust"): matched like
    # aliases, and a record keeps the one its text uses, the body's name when it wrote.
    former_names: list[str] = Field(default_factory=list)
    # A statutory or legal title in use beside the usual name ("South West Strategic Health Authority" beside its
    # "NHS South West"; "Commissioner for Children and Young People in Scotland"): matched like aliases, and a record
    # keeps it where its text never uses the usual name, as for a former name.
    legal_names: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    status: Literal["current", "abolished"] = "current"
    successor: str | None = None
    # The body a unit with no legal personality of its own belongs to ("Immigration Enforcement" -> the Home Office):
    # its letterhead may head a letter in which the body speaks for itself (extract/authority.py).
    part_of: str | None = None
    # A sentence the body's own published pages print above every reply, naming no body but only ever its: the
    # Scottish Government's FOI release pages on gov.scot open "Information request and response under the Freedom of
    # Information (Scotland) Act 2002." over the request, whichever body the request is about.
    signatures: list[str] = Field(default_factory=list)

    @property
    def names(self) -> tuple[str, ...]:
        """The name, aliases, former and legal names, and a primary care trust's name styled with "NHS"."""
        names = (self.name, *self.aliases, *self.former_names, *self.legal_names)
        if self.type == "primary_care_trust" and self.name.endswith(_PCT_TITLE):
            # The ICO named PCTs so in its decisions: "Gloucestershire NHS Primary Care Trust", "Bristol NHS Primary
            # Care Trust", "Western Cheshire NHS Primary Care Trust" (FS50125530, FS50449653, FS50102203).
            names += (self.name.removesuffix(_PCT_TITLE) + " NHS" + _PCT_TITLE,)
        return names


class AuthoritiesFile(_Data):
    ambiguous: list[str] = Field(default_factory=list)
    # The bodies a reply names as the place to complain (the Information Commissioner): named in its body, linked
    # or abbreviated, they are never the body replying.
    complaint_bodies: list[str] = Field(default_factory=list)
    authorities: list[AuthorityEntry]


class Lineage(_Data):
    acquired_by: str
    year: int | None = None
    source: str | None = None


class SupplierEntry(_Data):
    id: str = Field(pattern=_SLUG)
    name: str
    legal_names: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    ambiguous_names: list[str] = Field(default_factory=list)
    parent: str | None = None
    lineage: list[Lineage] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    note: str | None = None


class SuppliersFile(_Data):
    ambiguous: list[str] = Field(default_factory=list)
    suppliers: list[SupplierEntry]


SystemDomain = Literal[
    "childrens_social_care",
    "adult_social_care",
    "early_help",
    "social_care_finance",
    "education",
    "send",
    "youth_justice",
    "health",
    "corporate_finance_erp",
    "procurement",
    "hr_payroll",
    "revenues_benefits",
    "housing",
    "planning_building_control",
    "licensing",
    "highways",
    "waste",
    "crm",
    "document_management",
    "web_cms",
    "collaboration",
    "office",
    "platform",
    "payments",
    "parking",
    "elections",
    "democracy",
    "libraries",
    "gis",
    "information_governance",
    "policing",
    "fire_rescue",
    "command_control",
    "business_intelligence",
    "artificial_intelligence",
    "other",
]


class SystemEntry(_Data):
    id: str = Field(pattern=_SLUG)
    name: str
    full_name: str | None = None
    supplier: str | None = None
    domains: list[SystemDomain] = Field(default_factory=list)
    kind: Literal["line_of_business", "platform", "collaboration_tool", "office_suite", "module"] = "line_of_business"
    part_of: str | None = None
    aliases: list[str] = Field(default_factory=list)
    ambiguous_names: list[str] = Field(default_factory=list)
    misspellings: list[str] = Field(default_factory=list)
    versions: list[str] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list)
    status: Literal["current", "legacy"] = "current"
    sources: list[str] = Field(default_factory=list)
    note: str | None = None


class SystemsFile(_Data):
    ambiguous: list[str] = Field(default_factory=list)
    # Acronyms of kinds of system, never a product's name: "Electronic Patient Record (EPR)".
    generic_acronyms: list[str] = Field(default_factory=list)
    # Product-shaped names that name no product ("ICT is used to ...").
    not_products: list[str] = Field(default_factory=list)
    systems: list[SystemEntry]


class ReferencePatterns(_Data):
    labels: list[str]
    requester_labels: list[str]
    other_labels: list[str] = Field(default_factory=list)
    column_labels: list[str] = Field(default_factory=list)
    dated_column_labels: list[str] = Field(default_factory=list)
    unlabelled_shapes: list[str]
    label_prefixes: list[str]


class LabelList(_Data):
    labels: list[str]


class ReceivedCue(_Data):
    phrase: str
    strength: int = Field(ge=1, le=3)


class ReceivedPatterns(_Data):
    labels: list[str]
    cues: list[ReceivedCue]
    after_date: list[str] = Field(default_factory=list)
    others_dated: list[str] = Field(default_factory=list)


class SubjectPatterns(_Data):
    labels: list[str]
    generic: list[str]


class ResponseDatePatterns(_Data):
    labels: list[str]
    superseding_labels: list[str] = Field(default_factory=list)
    yielding_labels: list[str] = Field(default_factory=list)
    other_labels: list[str] = Field(default_factory=list)


class LetterheadPatterns(_Data):
    cell_labels: list[str]


class HeaderFile(_Data):
    reference: ReferencePatterns
    response_date: ResponseDatePatterns
    received_date: ReceivedPatterns
    officer: LabelList
    subject: SubjectPatterns
    letterhead: LetterheadPatterns
    page_controls: list[str] = Field(default_factory=list)
    # A word or initials a reply calls itself by ("the University", "the CCG") -> the authority types it may stand for.
    self_reference: dict[Annotated[str, Field(pattern=r"^(?:[A-Z][a-z]+|[A-Z]{2,5})$")], list[str]] = Field(
        default_factory=dict
    )


class ExemptionInfo(_Data):
    name: str
    kind: ExemptionKind = "exemption"
    absolute: bool | None = None
    ncnd: list[str] = Field(default_factory=list)
    # Words naming the section's subject where another Act's section of the same number is about something else.
    subjects: list[str] = Field(default_factory=list)


class ExemptionsFile(_Data):
    # Headings of a list of provisions considered (a decision's), whose citations are not exemptions applied.
    provisions_headings: list[str] = Field(default_factory=list)
    # Subsections that are conditions of another exemption, never exemptions themselves, by act.
    conditions: dict[str, list[str]] = Field(default_factory=dict)
    FOIA: dict[str, ExemptionInfo]
    EIR: dict[str, ExemptionInfo]
    FOISA: dict[str, ExemptionInfo]
    EISR: dict[str, ExemptionInfo]


class DirectorateEntry(_Data):
    kind: str
    labels: list[str]


class DirectoratesFile(_Data):
    directorates: list[DirectorateEntry]


class OutcomesFile(_Data):
    doc_type: dict[
        Literal[
            "decision_notice",
            "clarification",
            "acknowledgement",
            "extension",
            "internal_review",
            "internal_review_weak",
            "internal_review_named",
            "refusal",
            "authority_voice",
            "partial",
            "partly_held",
            "authority_document",
            "refusal_deferred",
        ],
        list[str],
    ]
    outcome: dict[
        Literal[
            "published",
            "attached",
            "attached_reply",
            "overturned",
            "upheld",
            "given_before",
            "review_finding",
            "answered",
            "information_follows",
            "not_held",
            "reply_sent",
            "sent_elsewhere",
            "stated_provided",
            "stated_partial",
            "stated_not_held",
            "stated_refused",
        ],
        list[str],
    ]


class LanguageFile(_Data):
    welsh: list[Annotated[str, Field(pattern=r"^[A-Za-z]+$")]] = Field(min_length=1)


class AnswersFile(_Data):
    requester_voice: list[str]
    requester_argument: list[str]
    not_held: list[str]
    withheld: list[str]
    referral: list[str]
    answered_elsewhere: list[str]


class Regime(_Data):
    phrases: list[str]


class LetterFile(_Data):
    greetings: list[str] = Field(min_length=1)
    closings: list[str] = Field(min_length=1)
    reply_headings: list[str] = Field(min_length=1)
    request_headings: list[str] = Field(min_length=1)


class LegislationFile(_Data):
    regimes: dict[Literal["FOIA", "EIR", "FOISA", "EISR", "DPA"], Regime]
    generic_foi: list[str]
    generic_foi_case_numbers: list[str]
    other_regimes: list[str] = Field(default_factory=list)


def singular_name(name: str) -> str:
    """``name`` case-folded, each word's last "s" dropped: a plural printed singular, or the other way, reads the same
    ("hospitals" and "hospital" are both "hospital")."""
    return " ".join(word.removesuffix("s") for word in name.casefold().split())


# ----------------------------------------------------------------------------------------------- loading
def patterns_dir() -> Path:
    """``foiparse/patterns`` in an installed wheel; the repository's top-level ``patterns/`` otherwise."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "patterns", here.parent / "patterns"):
        if (candidate / "header.yaml").is_file():
            return candidate
    raise PatternDataError(
        "the patterns/ data folder was not found",
        hint=f"looked in {here / 'patterns'} and {here.parent / 'patterns'}; reinstall foiparse",
    )


# The data files read as JSON: ``patterns/compiled.json`` holds each YAML file's data beside the sha256 of the YAML
# it was made from (``scripts/compile_patterns.py``; tests/test_patterns.py fails when it drifts). Parsing the megabyte
# of YAML costs about half a second of every process's start, the JSON a few milliseconds. A file whose bytes no
# longer match its hash (edited since) is read from its YAML, so the data is never stale.
COMPILED_NAME = "compiled.json"

# The words of a council's name that say what kind of council it is, not which, and that any naming of it may hold or
# drop: "Kirklees Borough Council" and "Kirklees Council" are one body (Catalogue.council_by_distinct_words), and so
# are "Dear Wakefield City Council," (WhatDoTheyKnow's name for it) and a reply "requesting information from Wakefield
# Council" (extract.authority).
COUNCIL_KIND_WORDS = frozenset(
    {"council", "city", "borough", "district", "county", "metropolitan", "of", "the", "and", "&"}
)


@lru_cache(maxsize=8)
def _compiled(folder: Path) -> dict[str, dict[str, str]]:
    """The entries of ``folder/compiled.json`` by path relative to ``folder``, or {} when there is none."""
    try:
        with (folder / COMPILED_NAME).open("rb") as fh:
            files: dict[str, dict[str, str]] = json.load(fh)["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return files


def _compiled_entry(path: Path) -> dict[str, str] | None:
    """``path``'s entry in the compiled bundle of its folder or the folder above (``authorities/``, ``surveys/``)."""
    for folder in (path.parent, path.parent.parent):
        entry = _compiled(folder).get(path.relative_to(folder).as_posix())
        if entry is not None:
            return entry
    return None


def read_data_file(path: Path) -> Any:
    """A data file's content: from the compiled JSON when it was made from these very bytes, else from the YAML."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PatternDataError(f"cannot read {path.name}", hint=str(exc), source=str(path)) from exc
    entry = _compiled_entry(path)
    if entry is not None and entry.get("sha256") == hashlib.sha256(raw).hexdigest():
        return json.loads(entry["json"])
    try:
        return _parse_yaml(raw)
    except yaml.YAMLError as exc:
        raise PatternDataError(f"cannot read {path.name}", hint=str(exc), source=str(path)) from exc


def _parse_yaml(raw: bytes) -> Any:
    return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def compile_data_files(folder: Path) -> dict[str, Any]:
    """The compiled bundle for every YAML file under ``folder`` (what ``scripts/compile_patterns.py`` writes)."""
    files = {}
    for path in sorted(folder.rglob("*.yaml")):
        raw = path.read_bytes()
        data = _parse_yaml(raw)
        files[path.relative_to(folder).as_posix()] = {
            "sha256": hashlib.sha256(raw).hexdigest(),
            # (keys in the YAML's order: the order of a mapping is data too, e.g. which of two labels is tried first)
            "json": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        }
    return {"generated_by": "scripts/compile_patterns.py", "files": files}


def load_file(path: Path, schema: type[_Data]) -> Any:
    """Load one data file and validate it against ``schema``."""
    try:
        return schema.model_validate(read_data_file(path))
    except ValidationError as exc:
        raise PatternDataError(f"{path.name} does not match its schema", hint=str(exc), source=str(path)) from exc


@lru_cache(maxsize=1)
def letter_words() -> LetterFile:
    """``patterns/letter.yaml``: the words a letter opens and closes with. Read once from the packaged patterns (not a
    :class:`Catalogue`'s root): cleaning and segmenting build their line patterns from it when they are imported."""
    words: LetterFile = load_file(patterns_dir() / "letter.yaml", LetterFile)
    return words


# The Catalogue properties that register in its literal index (tests/test_scanners.py fails if another does).
_INDEXED_SCANNERS = (
    "boilerplate_re",
    "reference_label_re",
    "response_label_re",
    "other_date_label_re",
    "received_label_re",
    "received_cue_re",
    "received_after_re",
    "officer_label_re",
    "legislation_re",
    "outcome_scanners",
    "answer_flag_scanners",
)


class Catalogue:
    """All pattern data, validated, with the matchers built from it on first use."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or patterns_dir()
        self.header: HeaderFile = load_file(self.root / "header.yaml", HeaderFile)
        self.legislation: LegislationFile = load_file(self.root / "legislation.yaml", LegislationFile)
        self.boilerplate: dict[str, list[str]] = read_data_file(self.root / "boilerplate.yaml")
        exemptions: ExemptionsFile = load_file(self.root / "exemptions.yaml", ExemptionsFile)
        self.exemptions: dict[str, dict[str, ExemptionInfo]] = {
            act: getattr(exemptions, act) for act in ("FOIA", "EIR", "FOISA", "EISR")
        }
        self.exemption_conditions: dict[str, tuple[str, ...]] = {
            act: tuple(sections) for act, sections in exemptions.conditions.items()
        }
        # The headings of a decision's list of provisions considered (lower-cased, spaces single).
        self.provisions_headings: frozenset[str] = frozenset(
            " ".join(heading.lower().split()) for heading in exemptions.provisions_headings
        )
        self.directorates: DirectoratesFile = load_file(self.root / "directorates.yaml", DirectoratesFile)
        self.answers: AnswersFile = load_file(self.root / "answers.yaml", AnswersFile)
        self.language: LanguageFile = load_file(self.root / "language.yaml", LanguageFile)
        self.outcomes: dict[str, dict[str, list[str]]] = load_file(
            self.root / "outcomes.yaml", OutcomesFile
        ).model_dump()
        self.authority_files: dict[str, AuthoritiesFile] = {
            p.name: load_file(p, AuthoritiesFile) for p in sorted((self.root / "authorities").glob("*.yaml"))
        }
        self.authorities: dict[str, AuthorityEntry] = {}
        for data in self.authority_files.values():
            for entry in data.authorities:
                self.authorities[entry.id] = entry
        self.ambiguous_authority_forms = {
            form.casefold() for data in self.authority_files.values() for form in data.ambiguous
        }

    # ------------------------------------------------------------------ regexes built from the label data
    @cached_property
    def literal_index(self) -> LiteralIndex:
        """The literal cores of every PhraseScanner below, found in one pass over a document."""
        return LiteralIndex(prepare=self._register_scanners)

    def _register_scanners(self) -> None:
        """Build every scanner below before the literal index builds its automaton. Built as the stages first ask
        for them, each new scanner made the index build it again: eleven builds of 25 ms in a first parse."""
        for name in _INDEXED_SCANNERS:
            getattr(self, name)

    @cached_property
    def boilerplate_re(self) -> PhraseScanner:
        return PhraseScanner(
            {f"bp_{kind}": phrases for kind, phrases in self.boilerplate.items()},
            r"(?<![a-z])",
            index=self.literal_index,
        )

    @cached_property
    def reference_label_re(self) -> LabelScanner:
        ref = self.header.reference
        pattern = compile_lowered(
            # "Your reference number is FOI-2012-48", "Your reference for this request is 16041": the number the
            # authority gives is its own (patterns).
            # (not given by the authority: "Thank you for your request, here is your reference number 16036. Please
            # quote this in any future correspondence", Suffolk County Council's acknowledgement on WhatDoTheyKnow)
            rf"(?<![\w])(?:(?<!here is )(?<!this is )(?P<requester>{labels_re(ref.requester_labels)})(?![a-z])"
            r"(?!(?:\s+(?:number|no))?(?:\s+for (?:this|your) request)?\s+is\b)"
            rf"|(?P<other>{labels_re(ref.other_labels)})(?![a-z])"
            rf"|(?P<label>{labels_re(ref.labels)}))"
            # (a label ending in its own punctuation may touch its value: "Freedom of Information/RFI-1275")
            r"(?:(?<=[:/])|(?![a-z])\.?)"
        )
        labels = [*ref.requester_labels, *ref.other_labels, *ref.labels]
        return LabelScanner(pattern, first_words(labels), self.literal_index)

    @cached_property
    def glued_cell_re(self) -> re.Pattern[str]:
        """A letterhead label after a newline glued to its value ("Our RefJCW/036468"): the label in any case,
        ending in a lower-case letter, then a capital or a digit. The match ends where the space goes."""
        header = self.header
        labels = [
            *header.reference.labels,
            *header.reference.requester_labels,
            *header.reference.other_labels,
            *header.response_date.labels,
            *header.officer.labels,
            *header.letterhead.cell_labels,
        ]
        return re.compile(rf"\n(?i:{labels_re(labels)})(?<=[a-z])(?=[A-Z0-9])")

    @cached_property
    def reference_column_re(self) -> re.Pattern[str]:
        """A table's heading line opening with the reference column's heading, then other headings (spaced or glued
        on), no digit among them; extract/reference.py reads the first row's reference under it."""
        labels = self.header.reference.column_labels
        return re.compile(
            rf"(?:{labels_re(labels, keep_case=True)})(?:[ \t]+|(?=[A-Z][a-z]))[A-Z][A-Za-z ,&/()'-]{{2,80}}"
        )

    @cached_property
    def dated_log_heading(self) -> LinePattern:
        """A disclosure log's heading line, in the lower-cased text, opening with a date column's heading (a
        response-date or received-date label, in the named group ``response`` or ``received``) and then the
        reference column's, other headings after them; extract/dates.py reads the first row's date under it,
        extract/reference.py its reference. A bare "Date" heads either date: its row gives the reference only ("Date
        Reference Question(s) Response / 01/11/2017 721/17", NHS Southern Derbyshire CCG's log)."""
        response = [label for label in self.header.response_date.labels if label.lower() not in {"date", "dated"}]
        received = self.header.received_date.labels
        references = [*self.header.reference.column_labels, *self.header.reference.dated_column_labels]
        return LinePattern(
            rf"(?:(?P<response>{labels_re(response)})|(?P<received>{labels_re(received)})|date)[ \t]+"
            rf"(?:{labels_re(references)})(?:[ \t]+[a-z][a-z ,&/()'-]{{2,80}})?[ \t]*$"
        )

    @cached_property
    def scottish_subject_citation_re(self) -> re.Pattern[str]:
        """A citation of a section of the Scottish Act followed, in its sentence and before any other citation, by words
        naming that section's subject (``subjects`` in patterns/exemptions.yaml), in the lower-cased text. Another
        citation may be a section's number listed after it: in "sections 36 (Prejudice to effective conduct of public
        affairs) and 42 (Legal professional privilege) of the FOIA" (an ICO decision notice on the Police Federation of
        England and Wales) the privilege is section 42's, not the Scottish Act's section 36 (confidentiality)."""
        cited = []
        another = r"\bs(?:ection|\.)\s*\d|(?:\band|\bor|,)[ \t]+\d"
        for section, info in self.exemptions["FOISA"].items():
            if info.subjects:
                subjects = "|".join(re.escape(subject.lower()) for subject in info.subjects)
                cited.append(rf"{re.escape(section)}(?!\d)(?:(?!{another})[^.\n]){{0,120}}?\b(?:{subjects})")
        return re.compile(rf"\b(?:sections?|s\.?)[ \t]*(?:{'|'.join(cited)})")

    @cached_property
    def authority_signatures(self) -> tuple[tuple[str, str], ...]:
        """(signature in lower case, authority id) for every authority's ``signatures``."""
        return tuple(
            (signature.lower(), entry.id) for entry in self.authorities.values() for signature in entry.signatures
        )

    @cached_property
    def reference_label_prefixes(self) -> frozenset[str]:
        """Words that label a reference inside its value ("ATISN 16090", "EIR 22-0417"), in upper case."""
        return frozenset(p.upper() for p in self.header.reference.label_prefixes)

    @cached_property
    def reference_shape_re(self) -> re.Pattern[str]:
        shapes = "|".join(f"(?:{s})" for s in self.header.reference.unlabelled_shapes)
        return re.compile(rf"(?<![\w/.-])(?:{shapes})(?![\w/-])")

    @cached_property
    def response_label_re(self) -> LabelScanner:
        dates = self.header.response_date
        labels = [*dates.superseding_labels, *dates.labels, *dates.yielding_labels]
        pattern = compile_lowered(rf"(?<![\w])(?:{labels_re(labels)})(?![\w])")
        return LabelScanner(pattern, first_words(labels), self.literal_index)

    @cached_property
    def superseding_response_labels(self) -> frozenset[str]:
        """The response-date labels (lower-cased) whose date replaces the other labels' dates."""
        return frozenset(label.lower() for label in self.header.response_date.superseding_labels)

    @cached_property
    def yielding_response_labels(self) -> frozenset[str]:
        """The response-date labels (lower-cased) whose date counts only where no other label dates the reply."""
        return frozenset(label.lower() for label in self.header.response_date.yielding_labels)

    @cached_property
    def other_date_label_re(self) -> LabelScanner:
        """Labels of dates that are neither the reply's nor the request's ("Received Date", "Last updated")."""
        labels = [*self.header.response_date.other_labels, *self.header.received_date.labels]
        pattern = compile_lowered(rf"(?<![\w])(?:{labels_re(labels)})(?![\w])")
        return LabelScanner(pattern, first_words(labels), self.literal_index)

    @cached_property
    def received_label_re(self) -> LabelScanner:
        labels = self.header.received_date.labels
        pattern = compile_lowered(rf"(?<![\w])(?:{labels_re(labels)})(?![\w])")
        return LabelScanner(pattern, first_words(labels), self.literal_index)

    @cached_property
    def received_cue_re(self) -> PhraseScanner:
        cues = self.header.received_date.cues
        groups = {f"s{i}_{cue.strength}": [cue.phrase] for i, cue in enumerate(cues)}
        return PhraseScanner(groups, r"(?<![\w])", r"(?![\w])", index=self.literal_index)

    @cached_property
    def others_dated_re(self) -> re.Pattern[str]:
        """What a bare "dated" dates when not the request, ending the words before it (lower-cased text)."""
        others = "|".join(f"(?:{p})" for p in self.header.received_date.others_dated)
        return re.compile(rf"\b(?:{others or '(?!)'})\b[^.;]*$")

    @cached_property
    def received_after_re(self) -> PhraseScanner:
        """Phrases that follow the date the request was made ("On 11 January 2012 the complainant requested").

        Not after a letter, but after the date's last digit they may come with no comma: "On 3 October 2022 Mr Parker
        wrote to the Council" (a First-tier Tribunal decision on Guildford Borough Council, whose second request reads
        "On 5 April 2023, Mr Parker wrote ..."), the phrase's own leading space standing between."""
        return PhraseScanner(
            {"after": self.header.received_date.after_date}, r"(?<![^\W\d])", r"(?![\w])", index=self.literal_index
        )

    @cached_property
    def officer_label_re(self) -> LabelScanner:
        labels = self.header.officer.labels
        pattern = compile_lowered(rf"(?<![\w])(?:{labels_re(labels)})(?![\w])")
        return LabelScanner(pattern, first_words(labels), self.literal_index)

    @cached_property
    def subject_label_re(self) -> LinePattern:
        """A "Subject: ..." line; each match's ``line`` group is the line, ``subject`` what follows the label."""
        return LinePattern(
            rf"[ *]*(?:{labels_re(self.header.subject.labels)})[ \t]*:[ \t]*(?P<subject>\S[^\n]*)$", re.I
        )

    @cached_property
    def generic_subjects(self) -> frozenset[str]:
        """Subject lines that name no subject ("Freedom of Information request"), lower-cased."""
        return frozenset(g.lower() for g in self.header.subject.generic)

    @cached_property
    def legislation_re(self) -> PhraseScanner:
        # (another jurisdiction's law first: "Freedom of Information (Jersey) Law" is not read as the UK Act's words)
        groups: dict[str, list[str]] = {"OTHER": self.legislation.other_regimes}
        groups.update((act, regime.phrases) for act, regime in self.legislation.regimes.items())
        groups["GENERIC"] = self.legislation.generic_foi
        groups["GENERIC_CASE_NUMBER"] = self.legislation.generic_foi_case_numbers
        # "FOI/EIR/SAR requests" lists kinds of request, not the regime of this one; "the Freedom of Information Act
        # 2000/Environmental Information Regulations 2004" (Tonbridge and Malling Borough Council) names both.
        return PhraseScanner(
            groups, r"(?<!\w)(?<![a-z]/)", r"(?!\w)(?!/(?:[a-z]{2,5}\b|\d))", flags=re.M, index=self.literal_index
        )

    # ------------------------------------------------------------------ authority lookups
    @cached_property
    def authority_domains(self) -> dict[str, str]:
        return {domain.lower(): entry.id for entry in self.authorities.values() for domain in entry.domains}

    def authority_for_domain(self, host: str) -> AuthorityEntry | None:
        """The authority owning ``host`` or a parent domain of it (``foi.kent.gov.uk`` -> Kent)."""
        parts = host.lower().strip(".").split(".")
        for i in range(len(parts) - 1):
            found = self.authority_domains.get(".".join(parts[i:]))
            if found:
                return self.authorities[found]
        return None

    @cached_property
    def _directorate_groups(self) -> str:
        """Every directorate's labels, one named group ``d<index>`` each (``directorate_kind`` reads it back)."""
        return "|".join(
            f"(?P<d{i}>{'|'.join(f'(?:{label})' for label in entry.labels)})"
            for i, entry in enumerate(self.directorates.directorates)
        )

    @cached_property
    def directorate_re(self) -> re.Pattern[str]:
        """A directorate heading at the start of a line: "Children's Social Care response:", "ASC:"."""
        return after_markup(
            r"(?:(?:response|answer|reply)\s+(?:from|for)\s+(?:the\s+)?)?(?:" + self._directorate_groups + r")"
            r"(?:\s+(?:directorate|department|team))?(?:'s)?(?:\s*(?:response|answer|reply))?\s*[:\-–][*_ ]*",
            re.I,
        )

    @cached_property
    def directorate_line_re(self) -> re.Pattern[str]:
        """A directorate named alone on a line, as a section heading ("Children's Social Care")."""
        return after_markup(
            r"(?:" + self._directorate_groups + r")(?:\s+(?:directorate|department|team|services?))?[*_ ]*$", re.I
        )

    def directorate_kind(self, group: str) -> str:
        return self.directorates.directorates[int(group[1:])].kind

    @cached_property
    def outcome_scanners(self) -> dict[str, PhraseScanner]:
        """Each kind's phrases over a whole document (lower-cased), searched around their literal cores."""
        groups = {**self.outcomes["doc_type"], **self.outcomes["outcome"]}
        # A time extension promises the reply as an acknowledgement does: its phrases count as both.
        groups["acknowledgement"] = [*groups["acknowledgement"], *groups.get("extension", [])]
        index = self.literal_index
        return {kind: PhraseScanner({"cue": phrases}, flags=re.M, index=index) for kind, phrases in groups.items()}

    @cached_property
    def page_controls_re(self) -> re.Pattern[str]:
        """A line that is only one of a website's controls (``header.yaml``, page_controls), for ``fullmatch``."""
        controls = "|".join(re.escape(control) for control in self.header.page_controls) or "(?!)"
        return re.compile(rf"[ \t]*(?:{controls})[ \t]*", re.I)

    @cached_property
    def self_reference_re(self) -> re.Pattern[str] | None:
        """A reply calling itself by one of ``header.yaml``'s self-reference words ("the University", "our Trust");
        group ``word`` is the word."""
        words = self.header.self_reference
        if not words:
            return None
        return re.compile(
            rf"\b(?:[Tt]he|[Oo]ur|[Tt]his)[ \t]+(?P<word>{'|'.join(sorted(words))})\b(?![ \t]+(?:of|for)\b)"
        )

    @cached_property
    def welsh_words(self) -> WordCounter:
        """The Welsh words of ``patterns/language.yaml``, for counting in a text."""
        return WordCounter(self.language.welsh)

    @cached_property
    def requester_voice_re(self) -> re.Pattern[str]:
        """The requester's words, for one line or sentence of original-case text."""
        return re.compile(rf"\b{alternation(self.answers.requester_voice)}", re.I)

    @cached_property
    def requester_argument_re(self) -> re.Pattern[str]:
        """The requester's words, or the requester arguing about an exemption, for a sentence citing one."""
        return re.compile(rf"\b{alternation([*self.answers.requester_voice, *self.answers.requester_argument])}", re.I)

    @cached_property
    def answer_flag_scanners(self) -> dict[str, PhraseScanner]:
        """requester / not_held / withheld / referral / answered_elsewhere, each for a whole lower-cased document."""
        referral = "|".join(f"(?:{p})" for p in self.answers.referral)

        def scanner(phrases: list[str], suffix: str = "") -> PhraseScanner:
            return PhraseScanner({"flag": phrases}, r"\b", suffix, index=self.literal_index)

        return {
            "requester": scanner(self.answers.requester_voice),
            "not_held": scanner(self.answers.not_held, r"\b"),
            "withheld": scanner(self.answers.withheld),
            "answered_elsewhere": scanner(self.answers.answered_elsewhere),
            # the target ends before a link or a dash: "our Contract Register - [Contract details](https://...)"
            # (not the reply's own attachment: "Please see the first tab on the attached sheet detailing the figures
            # requested in Q1", the Scottish Ambulance Service's log)
            "referral": scanner(
                [
                    rf"(?:{referral})\s+(?:on|at|in|via|from|to)?\s*"
                    r"(?![^.\n]{0,40}?\b(?:attached|enclosed|attachment)\b)"
                    r"(?P<target>(?:our|the|this|their)\s[^.\n\[(<]{3,120}?)(?=\s+[-–]\s|\s*[\[(<]|[.\n]|$)"
                ]
            ),
        }

    @cached_property
    def council_place_words(self) -> frozenset[str]:
        """The capitalised words of councils' names and aliases ("Lambeth", "Kent"): a one-word greeting "Dear
        Lambeth," addresses a council, not a person called so."""
        return frozenset(
            word
            for entry in self.authorities.values()
            if "council" in entry.type or entry.type == "combined_authority"
            for form in entry.names
            for word in form.split()
            if word[:1].isupper()
        )

    @cached_property
    def regulator_ids(self) -> frozenset[str]:
        """Bodies every reply names as the place to complain (the ICO, the Scottish Commissioner): each file's
        ``complaint_bodies``. A regulator that replies itself (the Civil Aviation Authority) is an authority like
        any other."""
        return frozenset(i for data in self.authority_files.values() for i in data.complaint_bodies)

    @cached_property
    def authority_by_name(self) -> dict[str, str]:
        """Each authority name and alias, case-folded, to its id; a name two bodies share is left out."""
        ids: dict[str, set[str]] = {}
        for entry in self.authorities.values():
            for name in entry.names:
                ids.setdefault(name.casefold(), set()).add(entry.id)
        return {name: next(iter(found)) for name, found in ids.items() if len(found) == 1}

    @cached_property
    def authority_by_singular_name(self) -> dict[str, str]:
        """Each authority name and alias with every word's plural "s" dropped (``singular_name``), to its id: "South
        Tees Hospital NHS Foundation Trust" signing a refusal is South Tees Hospitals NHS Foundation Trust. A name two
        bodies share so is left out."""
        ids: dict[str, set[str]] = {}
        for entry in self.authorities.values():
            for name in entry.names:
                ids.setdefault(singular_name(name), set()).add(entry.id)
        return {name: next(iter(found)) for name, found in ids.items() if len(found) == 1}

    @cached_property
    def council_by_distinct_words(self) -> dict[frozenset[str], str]:
        """Each council's name and alias by its distinctive words (``COUNCIL_KIND_WORDS`` aside) to its id: "Kirklees
        Borough Council" (as WhatDoTheyKnow lists it) is Kirklees Council, {"kirklees"}; words two councils share are
        left out."""
        ids: dict[frozenset[str], set[str]] = {}
        for entry in self.authorities.values():
            for name in entry.names:
                if name.endswith(" Council"):
                    ids.setdefault(frozenset(name.lower().split()) - COUNCIL_KIND_WORDS, set()).add(entry.id)
        return {words: next(iter(found)) for words, found in ids.items() if len(found) == 1 and words}

    @cached_property
    def authority_abbreviations(self) -> dict[str, list[str]]:
        table: dict[str, list[str]] = {}
        for entry in self.authorities.values():
            for abbreviation in entry.abbreviations:
                table.setdefault(abbreviation, []).append(entry.id)
        return table

    @cached_property
    def authority_name_matcher(self) -> AuthorityNameMatcher:
        """Every authority name and alias, and every abbreviation, in one spaCy PhraseMatcher."""
        from spacy.matcher import PhraseMatcher

        from .nlp import get_nlp

        nlp = get_nlp()
        strings = nlp.vocab.strings
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        authority_ids: dict[int, str] = {}
        named = {name.lower() for entry in self.authorities.values() for name in entry.names}
        # "Dear Pembrokeshire Council," (a WhatDoTheyKnow request to Pembrokeshire County Council): a council written
        # with its place alone, where no body has that name and no other council would shorten to it ("Durham Council"
        # stays no one's: Durham County Council, and Durham City Council before 2009).
        council_short_names: dict[str, list[str]] = {}  # each council's id: its names' places with "Council"
        shortened_by: dict[str, set[str]] = {}  # each short name, lower-cased: the councils it would name
        for entry in self.authorities.values():
            for name in entry.names:
                if kind := _COUNCIL_KIND_RE.fullmatch(name):
                    short = f"{kind.group('place')} Council"
                    council_short_names.setdefault(entry.id, []).append(short)
                    shortened_by.setdefault(short.lower(), set()).add(entry.id)
        # Added in the authorities' order: a name two bodies share ("Department of Health") yields their
        # ids in that order, and the extractor keeps the first.
        for entry in self.authorities.values():
            names = list(entry.names)
            # A foundation trust written as an NHS trust ("Substituted Decision Notice: The Chesterfield Royal Hospital
            # NHS Trust must ...", the First-tier Tribunal on Chesterfield Royal Hospital NHS Foundation Trust), unless
            # another body has that name.
            names += [
                plain
                for name in entry.names
                if name.endswith(" NHS Foundation Trust")
                and (plain := name.replace(" NHS Foundation Trust", " NHS Trust")).lower() not in named
            ]
            names += [
                short
                for short in council_short_names.get(entry.id, [])
                if short.lower() not in named and len(shortened_by[short.lower()]) == 1
            ]
            # "Dear Stockton on Tees Council," (a WhatDoTheyKnow request): a place's hyphens are often left out.
            names += [
                spaced
                for name in names
                if _HYPHENATED_PLACE_RE.search(name) and (spaced := name.replace("-", " ")).lower() not in named
            ]
            # "The Northern H&SC Trust considers that this information is exempt" (the Northern Health and Social Care
            # Trust's reply letter): Northern Ireland's trusts shorten "Health and Social Care" to "HSC" or "H&SC".
            names += [
                name.replace(" Health and Social Care Trust", short)
                for name in entry.names
                if name.endswith(" Health and Social Care Trust")
                for short in (" HSC Trust", " H&SC Trust")
            ]
            # "Dear Avon Fire and Rescue," (a WhatDoTheyKnow request, its reply signed "Freedom of Information Act &
            # Data Protection Requests, Avon Fire and Rescue"): a fire and rescue service is often written without
            # "Service".
            names += [
                short
                for name in entry.names
                if name.endswith(" Fire and Rescue Service")
                and (short := name.removesuffix(" Service")).lower() not in named
            ]
            # "you are entitled to approach Tracie Robinson, Corporate Information Manager, Calderdale MBC, Town Hall"
            # (Calderdale Metropolitan Borough Council's letter on WhatDoTheyKnow): a metropolitan borough council is
            # often written with its kind's initials.
            names += [
                short
                for name in entry.names
                if name.endswith(" Metropolitan Borough Council")
                and (short := name.replace(" Metropolitan Borough Council", " MBC")).lower() not in named
            ]
            # "Northern Health & Social Care Trust": every "and" of a name may be printed as "&".
            names += [name.replace(" and ", " & ") for name in names if " and " in name]
            # "Salisbury Foundation Trust" heads the trust's own disclosure log: an NHS foundation trust is often
            # written without "NHS" (not an NHS trust: "Solent Trust" would name too much).
            names += [
                name.replace(" NHS Foundation Trust", " Foundation Trust")
                for name in names
                if name.endswith(" NHS Foundation Trust")
            ]
            # So is an NHS trust whose name says what it does ("I am writing in respect of your recent enquiry for
            # information held by Barnet, Enfield and Haringey Mental Health Trust", the trust's letter); not one named
            # for its place alone ("Solent Trust").
            names += [
                shortened
                for name in names
                if name.endswith(" NHS Trust")
                and _WHAT_A_TRUST_DOES_RE.search(shortened := name.replace(" NHS Trust", " Trust"))
                and shortened.lower() not in named
            ]
            # A trust named for its hospitals is often written without "NHS Trust" ("Dear University Hospitals
            # Coventry and Warwickshire," on WhatDoTheyKnow); "Hospitals" keeps the short name the trust's, where one
            # hospital's name ("Northampton General Hospital") may be where another body sent a patient.
            names += [
                shortened
                for name in names
                for suffix in (" NHS Trust", " NHS Foundation Trust")
                if name.endswith(suffix) and _HOSPITALS_WORD_RE.search(shortened := name.removesuffix(suffix))
            ]
            matcher.add(entry.id, list(nlp.tokenizer.pipe(names)))
            authority_ids[strings[entry.id]] = entry.id
        abbreviations: dict[int, tuple[str, tuple[str, ...]]] = {}
        for abbreviation in self.authority_abbreviations:
            label = f"abbreviation {abbreviation}"  # (an id is a slug, never with a space)
            pattern = nlp.make_doc(abbreviation)
            matcher.add(label, [pattern])
            abbreviations[strings[label]] = (abbreviation, tuple(token.orth_ for token in pattern))
        return AuthorityNameMatcher(matcher, authority_ids, abbreviations, nlp.make_doc)


_HOSPITALS_WORD_RE = re.compile(r"\bHospitals\b")
_WHAT_A_TRUST_DOES_RE = re.compile(r"\b(?:Health|Healthcare|Hospitals?|Care|Partnership|Ambulance Service) Trust$")
# A council's name with its kind: the place before "County Council", "Borough Council", "City and District Council" ...
_COUNCIL_KIND_RE = re.compile(
    r"(?P<place>.+?) (?:County Borough|County|Metropolitan Borough|Metropolitan District|Borough|District|City)"
    r"(?: and District)? Council"
)
# "Stockton-on-Tees", "Newcastle-under-Lyme", "Weston-super-Mare": a place's name hyphenated around lower-case words.
_HYPHENATED_PLACE_RE = re.compile(r"[A-Za-z]-(?:[a-z]+-)+[A-Z]")


@lru_cache(maxsize=1)
def get_catalogue() -> Catalogue:
    """The process-wide catalogue (built once; the data files are read-only at run time)."""
    return Catalogue()
