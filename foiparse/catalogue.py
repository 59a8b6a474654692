"""Load and validate the reviewed data under ``patterns/``; build the matchers made from it, once.

The data files are the gazetteers (authorities, suppliers, systems) and the label lists the extractors use
(reference labels, date labels, legislation names, boilerplate openings). Each file is validated against a
pydantic schema when loaded; a broken file raises :class:`~foiparse.errors.PatternDataError` naming it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import PatternDataError

_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ----------------------------------------------------------------------------------------------- schemas
class AuthorityEntry(_Data):
    id: str = Field(pattern=_SLUG)
    name: str
    type: str
    nation: Literal["england", "wales", "scotland", "northern_ireland", "uk"]
    domains: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    status: Literal["current", "abolished"] = "current"
    successor: str | None = None


class AuthoritiesFile(_Data):
    ambiguous: list[str] = Field(default_factory=list)
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
    systems: list[SystemEntry]


class ReferencePatterns(_Data):
    labels: list[str]
    requester_labels: list[str]
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


class SubjectPatterns(_Data):
    labels: list[str]
    generic: list[str]


class HeaderFile(_Data):
    reference: ReferencePatterns
    response_date: LabelList
    received_date: ReceivedPatterns
    officer: LabelList
    subject: SubjectPatterns


class ExemptionInfo(_Data):
    name: str
    kind: Literal["exemption", "exception", "ncnd", "cost_limit", "vexatious", "other"] = "exemption"
    absolute: bool | None = None
    ncnd: list[str] = Field(default_factory=list)


class ExemptionsFile(_Data):
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
            "internal_review",
            "refusal",
            "authority_voice",
            "partial",
        ],
        list[str],
    ]
    outcome: dict[Literal["published", "attached", "overturned", "upheld", "answered"], list[str]]


class AnswersFile(_Data):
    requester_voice: list[str]
    not_held: list[str]
    withheld: list[str]
    referral: list[str]


class Regime(_Data):
    phrases: list[str]


class LegislationFile(_Data):
    regimes: dict[Literal["FOIA", "EIR", "FOISA", "EISR", "DPA"], Regime]
    generic_foi: list[str]


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


def _load_yaml(path: Path) -> Any:
    try:
        with path.open("rb") as fh:
            return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise PatternDataError(f"cannot read {path.name}", hint=str(exc), source=str(path)) from exc


def load_file(path: Path, schema: type[_Data]) -> Any:
    """Load one data file and validate it against ``schema``."""
    try:
        return schema.model_validate(_load_yaml(path))
    except ValidationError as exc:
        raise PatternDataError(f"{path.name} does not match its schema", hint=str(exc), source=str(path)) from exc


def _lower_pattern(pattern: str) -> str:
    """Lower-case the literal letters of a regular expression, leaving escapes and group names alone."""
    return re.sub(
        r"(\\.)|(\(\?P[<=][A-Za-z_0-9]+>?)|([A-Z])",
        lambda m: m.group(1) or m.group(2) or m.group(3).lower(),
        pattern,
    )


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that cannot be worked out."""

    def first(items: Any) -> set[str] | None:
        optional: set[str] = set()  # first characters of optional leading items ("(?:information )?")
        for op, av in items:
            name = str(op)
            if name in {"MAX_REPEAT", "MIN_REPEAT"} and av[0] == 0:
                part = first(av[2])
                if part is None:
                    return None
                optional |= part
                continue
            if name == "LITERAL":
                return optional | {chr(av)}
            if name == "IN":
                chars: set[str] = set()
                for kind, value in av:
                    if str(kind) == "LITERAL":
                        chars.add(chr(value))
                    elif str(kind) == "RANGE":
                        chars.update(chr(c) for c in range(value[0], value[1] + 1))
                    else:
                        return None
                return optional | chars
            if name == "SUBPATTERN":
                inner = first(av[-1])
                return None if inner is None else optional | inner
            if name == "BRANCH":
                union: set[str] = set()
                for branch in av[1]:
                    part = first(branch)
                    if part is None:
                        return None
                    union |= part
                return optional | union
            if name in {"MAX_REPEAT", "MIN_REPEAT"}:
                inner = first(av[2])
                return None if inner is None else optional | inner
            if name in {"ASSERT", "ASSERT_NOT", "AT"}:
                continue
            return None
        return None

    try:
        return first(_sre_parse(pattern))
    except Exception:  # an unusual pattern just runs without the prefilter
        return None


def compile_lowered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` to run case-sensitively over lower-cased text, with a first-character prefilter.

    A long alternation run with IGNORECASE tries every branch at every position (2 ms on a two-page
    letter); over lower-cased text, behind a look-ahead on the characters a match can start with, the same
    search takes a tenth of that.
    """
    lowered = _lower_pattern(pattern)
    chars = _first_chars(lowered)
    if chars:
        lowered = "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])(?:" + lowered + ")"
    return re.compile(lowered, flags)


def _sre_parse(pattern: str) -> Any:
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
    except ImportError:  # Python 3.10
        import sre_parse
    return sre_parse.parse(pattern)


# Literal cores too common in any reply to be worth a search of their own.
_COMMON_LITERALS = {"information", "request", "requested", "received", "dated", "your ", "this ", "you ", "the "}


def _leading_literal(items: Any) -> str:
    run = ""
    for op, av in items:
        if str(op) != "LITERAL":
            break
        run += chr(av)
    return run


def _distinctive(literal: str) -> bool:
    return len(literal.strip()) >= 4 and literal.strip() not in _COMMON_LITERALS and literal not in _COMMON_LITERALS


def _required_literals(pattern: str) -> list[str] | None:
    """Plain strings one of which every match of ``pattern`` must contain, or None when there are none.

    The longest distinctive run of literal characters at the top level ("internal review") if there is
    one; else the leading words of each branch of a top-level alternation ("uphold|upheld|overturn").
    """
    try:
        items = list(_sre_parse(pattern))
    except Exception:
        return None
    runs, run = [], ""
    for op, av in items:
        if str(op) == "LITERAL":
            run += chr(av)
            continue
        runs.append(run)
        run = ""
    runs.append(run)
    good = [r for r in runs if len(r.strip()) >= 5 and _distinctive(r)]
    if good:
        return [max(good, key=len)]
    for op, av in items:
        if str(op) == "SUBPATTERN":
            inner = list(av[-1])
            if len(inner) == 1 and str(inner[0][0]) == "BRANCH":
                leads = [_leading_literal(branch) for branch in inner[0][1][1]]
                if leads and all(_distinctive(lead) for lead in leads):
                    return leads
        if str(op) not in {"AT", "ASSERT", "ASSERT_NOT"}:
            break
    return _expanded_literals(items)


_MAX_EXPANSION = 48  # alternatives kept when small alternations are multiplied out


def _finite_strings(items: Any) -> list[str] | None:
    """Every string a sequence of plain literals and small alternations of them can match, else None."""
    strings = [""]
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            strings = [s + chr(av) for s in strings]
            continue
        if name == "SUBPATTERN":
            options = _finite_strings(av[-1])
        elif name in {"MAX_REPEAT", "MIN_REPEAT"} and av[0] == 0 and av[1] == 1:
            inner = _finite_strings(av[2])  # "(?:have )?": the words or nothing
            options = None if inner is None else ["", *inner]
        elif name == "BRANCH":
            options = []
            for branch in av[1]:
                inner = _finite_strings(branch)
                if inner is None:
                    return None
                options.extend(inner)
        else:
            return None
        if options is None or len(strings) * len(options) > _MAX_EXPANSION:
            return None
        strings = [s + o for s in strings for o in options]
    return strings


def _expanded_literals(items: Any) -> list[str] | None:
    """Strings one of which every match must contain, from runs of literals and small alternations.

    For phrases ``_required_literals`` finds no plain core in: "the (?:council|trust|force) (?:does|holds?)"
    -> "the council ", "the trust ", "the force "; "no (?:recorded )?information (?:is )?held" -> "held".
    Optional and repeated parts end a run; the run whose weakest alternative is longest wins.
    """
    runs: list[list[str]] = []
    current: list[str] = [""]
    for op, av in items:
        name = str(op)
        options: list[str] | None = None
        if name == "LITERAL":
            options = [chr(av)]
        elif name in {"SUBPATTERN", "BRANCH"}:
            options = _finite_strings([(op, av)])
        if options is not None and len(current) * len(options) <= _MAX_EXPANSION:
            current = [c + o for c in current for o in options]
            continue
        runs.append(current)
        current = [""]
        if name in {"MAX_REPEAT", "MIN_REPEAT"} and av[0] >= 1:
            inner = _expanded_literals(av[2])  # "x+" holds at least one "x"
            if inner is not None:
                runs.append(inner)
    runs.append(current)
    # A common word ("received", "dated") is still a cheaper anchor than a scan of the whole text, but a
    # distinctive one is preferred; "the ", "your " are hit so often their windows would cover the letter.
    good = [run for run in runs if all(len(s.strip()) >= 4 and s.strip() not in {"your", "this"} for s in run)]
    if not good:
        return None
    best = max(good, key=lambda run: (all(_distinctive(s) for s in run), min(len(s.strip()) for s in run)))
    return sorted(set(best))


_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}


def _leads(items: Any) -> list[str]:
    """The strings a match of a parsed sequence must start with, as far as they can be spelt out ([""]: none)."""
    items = list(items)
    while items and str(items[0][0]) in _ZERO_WIDTH:
        items = items[1:]  # "\b", "(?<![\w])", "^" take no characters
    strings = [""]
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            strings = [s + chr(av) for s in strings]
            continue
        optional = name in {"MAX_REPEAT", "MIN_REPEAT"} and av[0] == 0 and av[1] == 1
        if name not in {"SUBPATTERN", "BRANCH"} and not optional:
            break
        options = _finite_strings([(op, av)])
        if options is None and optional:
            break
        complete = options is not None
        if options is None:
            # Only the start of this part is plain ("(?:refus(?:e|al)|withh[eo]ld)" -> "refus", "withh").
            parts = [av[-1]] if name == "SUBPATTERN" else list(av[1])
            options = [lead for part in parts for lead in _leads(part)]
        if len(strings) * len(options) > _MAX_EXPANSION:
            break
        strings = [s + o for s in strings for o in options]
        if not complete:
            break
    return strings


def _leading_literals(pattern: str) -> list[str] | None:
    """Strings one of which every match of ``pattern`` starts with ("please (?:see|visit)" -> "please see",
    "please visit"), each of three or more characters; None when the start is not that plain."""
    try:
        items = _sre_parse(pattern)
    except Exception:
        return None
    strings = _leads(items)
    # Three letters will do ("eir" of "EIRs?"): a start that is tried, not a window that is searched.
    if not all(len(s.strip()) >= 3 for s in strings):
        return None
    return sorted(set(strings))


def _after_markup(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``^[*_ ]*`` then ``pattern``, matched at a line start, behind a look-ahead on the characters the
    pattern can start with: a line that starts with another letter fails at once instead of after a try of
    every label (the directorates: some thirty, under IGNORECASE). Same matches and groups either way."""
    chars = _first_chars(pattern)
    if not chars or chars & set("*_ "):  # markup could then let a match start in a shorter run of markup
        return re.compile(r"^[*_ ]*" + pattern, flags)
    lead = "".join(re.escape(char) for char in sorted(chars))
    return re.compile(rf"(?=[*_ ]*[{lead}])^[*_ ]*" + pattern, flags)


class LinePattern:
    """A regex matched at line starts, as ``^`` under ``re.M`` would, in a named group ``line``.

    Behind ``^`` the regex engine tries every position of the text; behind a literal newline it jumps from one
    newline to the next (a quarter of the time on a two-page letter). The pattern must end at a line end
    (``$``), so that the newline a match starts with never belongs to the match before.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.at_start = re.compile(rf"(?P<line>{pattern})", flags | re.M)
        self.after_newline = re.compile(rf"\n(?P<line>{pattern})", flags | re.M)

    def finditer(self, text: str) -> list[re.Match[str]]:
        first = self.at_start.match(text)
        found = [first] if first else []
        found.extend(self.after_newline.finditer(text, first.end() if first else 0))
        return found


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, given every position a match can start at (any order, repeats allowed).

    Tried left to right and never overlapping, exactly as ``finditer`` would find them; the fast way when
    the possible starts are found more cheaply than by the regex engine testing every position.
    """
    found: list[re.Match[str]] = []
    reached = 0
    for start in sorted(set(starts)):
        if start >= reached and (m := pattern.match(text, start)) is not None:
            found.append(m)
            reached = m.end() if m.end() > start else start + 1
    return found


class LiteralIndex:
    """Where the literal cores of a set of scanners occur in a text, found in one pass.

    One Aho-Corasick automaton (pyahocorasick) holds the literal cores of every scanner of a catalogue, so a
    document is walked once for all of them instead of once per literal with ``str.find`` (some 800 of them:
    several milliseconds on a two-page letter). Each scanner registers its literals as a group and reads back
    the group's hits; the hits of the last text are kept, since every scanner asks in turn.
    """

    def __init__(self) -> None:
        self._groups: list[list[str]] = []
        self._owners: dict[str, list[int]] = {}  # literal -> the groups that hold it
        self._automaton: Any = None
        self._last: tuple[str, list[tuple[int, str]], list[list[tuple[int, int]]]] | None = None

    def add(self, literals: Iterable[str]) -> int:
        """Register ``literals`` as a group; returns its number, for :meth:`group_hits`."""
        group = len(self._groups)
        members = sorted(set(literals))
        self._groups.append(members)
        for literal in members:
            self._owners.setdefault(literal, []).append(group)
        self._automaton = None
        self._last = None
        return group

    def _build(self) -> Any:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for literal in sorted(self._owners):
            automaton.add_word(literal, (literal, len(literal), tuple(self._owners[literal])))
        automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def _scan(self, lower: str) -> tuple[str, list[tuple[int, str]], list[list[tuple[int, int]]]]:
        last = self._last
        if last is not None and last[0] is lower:
            return last
        automaton = self._automaton if self._automaton is not None else self._build()
        found: list[tuple[int, str]] = []
        groups: list[list[tuple[int, int]]] = [[] for _ in self._groups]
        if self._owners:
            for end, (literal, length, owners) in automaton.iter(lower):
                start = end - length + 1
                found.append((start, literal))
                for group in owners:
                    groups[group].append((start, end + 1))
        self._last = (lower, found, groups)
        return self._last

    def group_hits(self, lower: str, group: int) -> list[tuple[int, int]]:
        """(start, end) of every occurrence in ``lower`` of a literal of ``group``, in the order found."""
        return self._scan(lower)[2][group]

    def hits(self, lower: str) -> dict[str, list[int]]:
        """literal -> the start of each of its occurrences in ``lower`` (overlapping ones included)."""
        table: dict[str, list[int]] = {}
        for start, literal in self._scan(lower)[1]:
            table.setdefault(literal, []).append(start)
        return table


class PhraseScanner:
    """Named groups of phrase regexes over lower-cased text, tried only where a phrase can be.

    A :class:`LiteralIndex` (shared by the scanners of a catalogue) finds the phrases' literal cores in one
    pass. Most phrases start with one ("please (?:provide|supply)", "internal review"): those are tried
    with ``match`` at each place the core starts and nowhere else. A phrase whose core stands further in
    ("^[-* ]*(?:decision|response)s?:?$") is searched for in the two lines around each hit of its core; a
    phrase with no usable core ("eirs?") is searched for over the whole text. Matches come back in order and
    never overlap (at one position the longest wins), as from ``finditer`` over the whole text with
    :attr:`pattern`; tests/test_scanners.py holds every scanner of the catalogue to that.
    """

    def __init__(
        self,
        groups: dict[str, list[str]],
        prefix: str = "",
        suffix: str = "",
        flags: int = 0,
        index: LiteralIndex | None = None,
    ) -> None:
        def build(selected: dict[str, list[str]]) -> re.Pattern[str] | None:
            parts = [f"(?P<{name}>{'|'.join(f'(?:{p})' for p in phrases)})" for name, phrases in selected.items()]
            return compile_lowered(prefix + "(?:" + "|".join(parts) + ")" + suffix, flags) if parts else None

        self._build = build
        self._groups = groups
        led: dict[str, list[str]] = {}
        windowed: dict[str, list[str]] = {}
        unanchored: dict[str, list[str]] = {}
        lead_literals: set[str] = set()
        literals: set[str] = set()
        for name, phrases in groups.items():
            for phrase in phrases:
                leads = _leading_literals(_lower_pattern(f"{prefix}(?:{phrase})"))
                required = _required_literals(_lower_pattern(phrase))
                # "(?:we are|the \w+ is) refusing": a window around "refusing" beats a try at every "the ".
                if leads is not None and (required is None or min(len(lead.strip()) for lead in leads) >= 4):
                    led.setdefault(name, []).append(phrase)
                    lead_literals.update(leads)
                    continue
                if required is None:
                    unanchored.setdefault(name, []).append(phrase)
                else:
                    windowed.setdefault(name, []).append(phrase)
                    literals.update(required)
        self.lead_literals = sorted(lead_literals)
        self.literals = sorted(literals)
        self.led = build(led)
        self.windowed = build(windowed)
        self.unanchored = build(unanchored)
        self.index = index if index is not None else LiteralIndex()
        self._lead_group = self.index.add(self.lead_literals)
        self._window_group = self.index.add(self.literals)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every phrase in one regex: what a (slow) search of the whole text would run."""
        built = self._build(self._groups)
        assert built is not None, "a PhraseScanner needs at least one phrase"
        return built

    def _windows(self, lower: str) -> list[list[int]]:
        windows: list[tuple[int, int]] = []
        for hit, hit_end in self.index.group_hits(lower, self._window_group):
            start = lower.rfind("\n", 0, hit) + 1
            end = lower.find("\n", hit_end)
            end = lower.find("\n", end + 1) if end != -1 else -1
            windows.append((start, len(lower) if end == -1 else end))
        windows.sort()
        merged: list[list[int]] = []
        for start, end in windows:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged

    def finditer(self, lower: str) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        sources = 0
        if self.led is not None:
            sources += 1
            match = self.led.match
            for start in sorted({start for start, _ in self.index.group_hits(lower, self._lead_group)}):
                m = match(lower, start)
                if m is not None:
                    found.append(m)
        if self.windowed is not None:
            sources += 1
            windowed = self.windowed
            for start, end in self._windows(lower):
                for m in windowed.finditer(lower, start, end):
                    if m.end() == end != len(lower):
                        # It reached the window's edge ("Response\n \n\n" under a trailing \s*): match again
                        # without the edge, as a search of the whole text would.
                        m = windowed.match(lower, m.start()) or m
                    found.append(m)
        if self.unanchored is not None:
            sources += 1
            found.extend(self.unanchored.finditer(lower))
        if sources > 1:
            found.sort(key=lambda m: (m.start(), -m.end()))
        kept: list[re.Match[str]] = []
        for m in found:
            if not kept or m.start() >= kept[-1].end():
                kept.append(m)
        return kept


class LabelScanner:
    """A regex over lower-cased text whose every match begins with one of a few words, tried only there.

    Header labels ("Our ref", "Date of response", "Please ask for") start with a letter that is everywhere in
    English text, so even a scan that only tests the first letter costs a tenth of a millisecond per label
    family on a two-page letter. The labels' first words ("our", "date", "please"), found by the catalogue's
    :class:`LiteralIndex` in its one pass, are the only places a label can begin; the regex is tried at
    each of them, left to right and never overlapping, which gives exactly the matches of ``finditer``.
    """

    def __init__(self, pattern: re.Pattern[str], first_words: Iterable[str], index: LiteralIndex) -> None:
        self.pattern = pattern
        self.first_words = sorted({word for word in first_words if word})
        self.index = index
        self._group = index.add(self.first_words)

    def finditer(self, lower: str) -> list[re.Match[str]]:
        return matches_at(self.pattern, lower, (start for start, _ in self.index.group_hits(lower, self._group)))


def _first_words(labels: Iterable[str]) -> list[str]:
    """The word each label starts with, as ``_labels_re`` spells it (lower case, up to the first space)."""
    return [label.lower().split(" ", 1)[0] for label in labels]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_text(text: str) -> str:
    """Lower-case ``text`` keeping every offset (``str.lower`` changes the length of a few characters)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _labels_re(labels: Iterable[str]) -> str:
    """One regex for a list of literal labels, factored as a trie; a space matches any run of white space.

    A flat alternation makes the regex engine try every label starting with the letter at hand ("date",
    "dated", "date of response", ...); the trie tries each shared prefix once. Longer labels win because
    every optional ending is greedy.
    """
    trie: dict[str, Any] = {}
    for label in set(labels):
        node = trie
        for char in label.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class Catalogue:
    """All pattern data, validated, with the matchers built from it on first use."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or patterns_dir()
        self.header: HeaderFile = load_file(self.root / "header.yaml", HeaderFile)
        self.legislation: LegislationFile = load_file(self.root / "legislation.yaml", LegislationFile)
        self.boilerplate: dict[str, list[str]] = _load_yaml(self.root / "boilerplate.yaml")
        exemptions: ExemptionsFile = load_file(self.root / "exemptions.yaml", ExemptionsFile)
        self.exemptions: dict[str, dict[str, ExemptionInfo]] = {
            act: getattr(exemptions, act) for act in ("FOIA", "EIR", "FOISA", "EISR")
        }
        self.directorates: DirectoratesFile = load_file(self.root / "directorates.yaml", DirectoratesFile)
        self.answers: AnswersFile = load_file(self.root / "answers.yaml", AnswersFile)
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
        return LiteralIndex()

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
            rf"(?<![\w])(?:(?P<requester>{_labels_re(ref.requester_labels)})|(?P<label>{_labels_re(ref.labels)}))"
            r"(?![a-z])\.?"
        )
        return LabelScanner(pattern, _first_words([*ref.requester_labels, *ref.labels]), self.literal_index)

    @cached_property
    def reference_shape_re(self) -> re.Pattern[str]:
        shapes = "|".join(f"(?:{s})" for s in self.header.reference.unlabelled_shapes)
        return re.compile(rf"(?<![\w/.-])(?:{shapes})(?![\w/-])")

    @cached_property
    def response_label_re(self) -> LabelScanner:
        labels = self.header.response_date.labels
        pattern = compile_lowered(rf"(?<![\w])(?:{_labels_re(labels)})(?![\w])")
        return LabelScanner(pattern, _first_words(labels), self.literal_index)

    @cached_property
    def received_label_re(self) -> LabelScanner:
        labels = self.header.received_date.labels
        pattern = compile_lowered(rf"(?<![\w])(?:{_labels_re(labels)})(?![\w])")
        return LabelScanner(pattern, _first_words(labels), self.literal_index)

    @cached_property
    def received_cue_re(self) -> PhraseScanner:
        cues = self.header.received_date.cues
        groups = {f"s{i}_{cue.strength}": [cue.phrase] for i, cue in enumerate(cues)}
        return PhraseScanner(groups, r"(?<![\w])", r"(?![\w])", index=self.literal_index)

    @cached_property
    def officer_label_re(self) -> LabelScanner:
        labels = self.header.officer.labels
        pattern = compile_lowered(rf"(?<![\w])(?:{_labels_re(labels)})(?![\w])")
        return LabelScanner(pattern, _first_words(labels), self.literal_index)

    @cached_property
    def subject_label_re(self) -> LinePattern:
        """A "Subject: ..." line; each match's ``line`` group is the line, ``subject`` what follows the label."""
        return LinePattern(
            rf"[ *]*(?:{_labels_re(self.header.subject.labels)})[ \t]*:[ \t]*(?P<subject>\S[^\n]*)$", re.I
        )

    @cached_property
    def legislation_re(self) -> PhraseScanner:
        groups: dict[str, list[str]] = {act: regime.phrases for act, regime in self.legislation.regimes.items()}
        groups["GENERIC"] = self.legislation.generic_foi
        # "FOI/EIR/SAR requests" lists kinds of request, not the regime of this one.
        return PhraseScanner(groups, r"(?<![\w/])", r"(?![\w/])", index=self.literal_index)

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
        return _after_markup(
            r"(?:(?:response|answer|reply)\s+(?:from|for)\s+(?:the\s+)?)?(?:" + self._directorate_groups + r")"
            r"(?:\s+(?:directorate|department|team))?(?:'s)?(?:\s*(?:response|answer|reply))?\s*[:\-–][*_ ]*",
            re.I,
        )

    @cached_property
    def directorate_line_re(self) -> re.Pattern[str]:
        """A directorate named alone on a line, as a section heading ("Children's Social Care")."""
        return _after_markup(
            r"(?:" + self._directorate_groups + r")(?:\s+(?:directorate|department|team|services?))?[*_ ]*$", re.I
        )

    def directorate_kind(self, group: str) -> str:
        return self.directorates.directorates[int(group[1:])].kind

    @cached_property
    def outcome_res(self) -> dict[str, re.Pattern[str]]:
        """Each kind's phrases as one regex, for a single short text (an answer); case-insensitive."""
        groups = {**self.outcomes["doc_type"], **self.outcomes["outcome"]}
        return {
            kind: re.compile("|".join(f"(?:{p})" for p in phrases), re.I | re.M) for kind, phrases in groups.items()
        }

    @cached_property
    def outcome_scanners(self) -> dict[str, PhraseScanner]:
        """Each kind's phrases over a whole document (lower-cased), searched around their literal cores."""
        groups = {**self.outcomes["doc_type"], **self.outcomes["outcome"]}
        index = self.literal_index
        return {kind: PhraseScanner({"cue": phrases}, flags=re.M, index=index) for kind, phrases in groups.items()}

    @cached_property
    def not_held_scanner(self) -> PhraseScanner:
        """A reply saying information is not held, anywhere in a document (lower-cased)."""
        phrases = [
            r"(?:do|does) not hold",
            r"(?:is|are) not held",
            r"not held by",
            r"no (?:recorded )?information (?:is )?held",
        ]
        return PhraseScanner({"not_held": phrases}, r"\b", r"\b", index=self.literal_index)

    @cached_property
    def requester_voice_re(self) -> re.Pattern[str]:
        """The requester's words, for one line or sentence of original-case text."""
        return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in self.answers.requester_voice) + ")", re.I)

    @cached_property
    def answer_flag_scanners(self) -> dict[str, PhraseScanner]:
        """requester / not_held / withheld / referral, each for a whole lower-cased document."""
        referral = "|".join(f"(?:{p})" for p in self.answers.referral)

        def scanner(phrases: list[str], suffix: str = "") -> PhraseScanner:
            return PhraseScanner({"flag": phrases}, r"\b", suffix, index=self.literal_index)

        return {
            "requester": scanner(self.answers.requester_voice),
            "not_held": scanner(self.answers.not_held, r"\b"),
            "withheld": scanner(self.answers.withheld),
            # the target ends before a link or a dash: "our Contract Register - [Contract details](https://...)"
            "referral": scanner(
                [
                    rf"(?:{referral})\s+(?:on|at|in|via|from|to)?\s*"
                    r"(?P<target>(?:our|the|this|their)\s[^.\n\[(<]{3,120}?)(?=\s+[-–]\s|\s*[\[(<]|[.\n]|$)"
                ]
            ),
        }

    @cached_property
    def regulator_ids(self) -> frozenset[str]:
        """Bodies every reply names as the place to complain (the ICO, the Scottish Commissioner)."""
        return frozenset(entry.id for entry in self.authorities.values() if entry.type == "regulator")

    @cached_property
    def authority_abbreviations(self) -> dict[str, list[str]]:
        table: dict[str, list[str]] = {}
        for entry in self.authorities.values():
            for abbreviation in entry.abbreviations:
                table.setdefault(abbreviation, []).append(entry.id)
        return table

    @cached_property
    def abbreviation_matcher(self) -> Any:
        """A case-sensitive spaCy PhraseMatcher over authority abbreviations (KCC, MPS, DWP)."""
        from spacy.matcher import PhraseMatcher

        from .nlp import get_nlp

        nlp = get_nlp()
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for abbreviation in self.authority_abbreviations:
            matcher.add(abbreviation, [nlp.make_doc(abbreviation)])
        return matcher

    @cached_property
    def authority_matcher(self) -> Any:
        """A spaCy PhraseMatcher over every authority name and alias (case-insensitive), id as the label."""
        from spacy.matcher import PhraseMatcher

        from .nlp import get_nlp

        nlp = get_nlp()
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entry in self.authorities.values():
            forms = [entry.name, *entry.aliases]
            matcher.add(entry.id, list(nlp.tokenizer.pipe(forms)))
        return matcher


@lru_cache(maxsize=1)
def get_catalogue() -> Catalogue:
    """The process-wide catalogue (built once; the data files are read-only at run time)."""
    return Catalogue()
