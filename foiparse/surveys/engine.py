"""The generic survey engine: map a response's questions and answers onto a survey's intents, then read values.

Stages, each usable on its own:

1. :func:`match_intents`: every question of the record is scored against every intent's phrasings with
   rapidfuzz (``processor=utils.default_process``, function words dropped), so numbering, order and wording
   may differ; a question whose words also carry another intent's cue is read for both (merged questions),
   and several questions may feed one intent (split questions).
2. :func:`answer_blocks`: the answers of the matched questions as blocks of text with their directorate.
   A question answered in a table per directorate ("Children's Social Care" above one table, "Adult Social
   Care" above the next) gives one block per table row, its directorate from the heading above the table.
3. :func:`split_block`: blocks cut into sentences and lines (``Segment``), each with the directorate it
   speaks for (a heading, or a directorate named in the running text) and the catalogue systems it names
   (``record.systems``: mentions whose spans fall inside the segment).
4. Readers over segments: vocabulary tags, partial dates read with the word before them ("since", "until",
   "extended to"), money, hours of training, organisations.

Nothing here knows the social-care-systems survey; ``social_care_systems.py`` composes these pieces.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Literal

from rapidfuzz import fuzz, utils

from ..catalogue import SupplierEntry, SuppliersFile, SystemEntry, SystemsFile, get_catalogue, load_file
from ..errors import PatternDataError
from ..extract.dates import MONTH_YEAR_RE, find_dates
from ..models import FOIResponse, PartialDate, Question, Referral, Span, SystemMention
from ..scan import MONTHS
from .models import Amount, Delivery, Organisation, SurveyReferral, Tag, TrainingItem
from .schema import Intent, SurveyDefinition

TOOL_KINDS = frozenset({"collaboration_tool", "office_suite", "platform"})
TOOL_DOMAINS = frozenset({"collaboration", "office", "platform"})
DIRECTORATE_PAIR = frozenset({"children", "adults"})

# Words every question shares; dropped before fuzzy scoring so that the words that differ decide.
_STOPWORDS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "a an the of for and or is are be been being what which who how do does did you your we our it its this"
        " that these those in on by to please provide could would can let me know whether with each any all if"
        " etc eg e g system systems software application applications current currently there their them they"
        " has have"
    ).split()
)


# ------------------------------------------------------------------------------------------ catalogue
@lru_cache(maxsize=1)
def catalogue_systems() -> dict[str, SystemEntry]:
    """The systems gazetteer by id (empty if it cannot be read; profiles then fall back to mention fields)."""
    try:
        data: SystemsFile = load_file(get_catalogue().root / "systems.yaml", SystemsFile)
    except PatternDataError:
        return {}
    return {entry.id: entry for entry in data.systems}


@lru_cache(maxsize=1)
def catalogue_suppliers() -> dict[str, SupplierEntry]:
    try:
        data: SuppliersFile = load_file(get_catalogue().root / "suppliers.yaml", SuppliersFile)
    except PatternDataError:
        return {}
    return {entry.id: entry for entry in data.suppliers}


def supplier_name(value: str | None) -> str | None:
    """A supplier's display name, whether ``value`` is a catalogue id ("liquidlogic") or already a name."""
    if value is None:
        return None
    entry = catalogue_suppliers().get(value)
    return entry.name if entry else value


MentionRole = Literal["primary", "tool", "supplier"]


def mention_role(mention: SystemMention) -> MentionRole:
    """A line-of-business system, a tool (Teams, Excel, a platform) or a supplier named alone."""
    if mention.kind == "supplier":
        return "supplier"
    entry = catalogue_systems().get(mention.id) if mention.id else None
    kind = entry.kind if entry else mention.category
    domains = set(entry.domains if entry else mention.domains)
    if kind in TOOL_KINDS or mention.category in TOOL_KINDS or (domains and domains <= TOOL_DOMAINS):
        return "tool"
    return "primary"


def mention_key(mention: SystemMention) -> str:
    return mention.id or mention.name.casefold()


def _is_platform(mention: SystemMention) -> bool:
    entry = catalogue_systems().get(mention.id) if mention.id else None
    kind = entry.kind if entry else mention.category
    return kind == "platform" or mention.category == "platform"


def supplier_forms(mention: SystemMention) -> set[str]:
    """The names (casefolded) the supplier of a mention goes by: stated, catalogue name, legal names, aliases."""
    forms = {mention.supplier or "", str(getattr(mention, "supplier_parent", None) or "")}
    ids = {mention.supplier or "", str(getattr(mention, "supplier_id", None) or "")}
    entry = catalogue_systems().get(mention.id) if mention.id else None
    if entry is not None and entry.supplier:
        ids.add(entry.supplier)
    suppliers = catalogue_suppliers()
    for supplier_id in ids:
        supplier = suppliers.get(supplier_id)
        if supplier is not None:
            forms |= {supplier.name, *supplier.legal_names, *supplier.aliases, *supplier.ambiguous_names}
    return {f.casefold() for f in forms if f}


def _system_forms(mention: SystemMention) -> set[str]:
    entry = catalogue_systems().get(mention.id) if mention.id else None
    forms = {mention.name}
    if entry is not None:
        forms |= {entry.name, entry.full_name or "", *entry.aliases, *entry.ambiguous_names, *entry.misspellings}
    return {f.casefold() for f in forms if f}


@dataclass(frozen=True)
class Occurrence:
    """One place a system mention stands in the text.

    A mention's spans may include where the text names its supplier ("Liquidlogic LAS, supplied by System C":
    the matcher keeps "System C" with the LAS mention); such a place is a ``supplier`` occurrence.
    """

    mention: SystemMention
    role: MentionRole
    span: Span

    @property
    def key(self) -> str:
        return mention_key(self.mention)

    @property
    def supplier_name(self) -> str:
        """The supplier this occurrence names, as the catalogue or the mention calls it."""
        if self.mention.kind == "supplier":
            return self.mention.name
        if self.mention.supplier and self.mention.supplier_stated:
            return supplier_name(self.mention.supplier) or self.span.text
        return self.span.text


def _occurrence_role(mention: SystemMention, span: Span) -> MentionRole:
    role = mention_role(mention)
    if role != "supplier":
        surface = span.text.casefold()
        if surface in supplier_forms(mention) and surface not in _system_forms(mention):
            return "supplier"
    return role


# ------------------------------------------------------------------------------------------ context
@dataclass
class SurveyContext:
    """A record and a survey definition, with the regexes built from both."""

    record: FOIResponse
    survey: SurveyDefinition

    @property
    def text(self) -> str:
        return self.record.text

    def span(self, start: int, end: int) -> Span:
        text = self.record.text
        while start < end and text[start] in " \t\r\n*_|":
            start += 1
        while end > start and text[end - 1] in " \t\r\n*_|":
            end -= 1
        return Span(start=start, end=end, text=text[start:end])

    @cached_property
    def occurrences(self) -> list[Occurrence]:
        found = [
            Occurrence(mention, _occurrence_role(mention, span), span)
            for mention in [*self.record.systems, *self.record.tools]
            for span in mention.spans
            if self.text[span.start : span.end] == span.text
        ]
        return sorted(found, key=lambda o: (o.span.start, -o.span.end))

    def occurrences_in(self, start: int, end: int, roles: Iterable[MentionRole] = ("primary",)) -> list[Occurrence]:
        wanted = set(roles)
        return [o for o in self.occurrences if o.role in wanted and start <= o.span.start and o.span.end <= end]

    @cached_property
    def council_names(self) -> list[str]:
        """The answering authority's own names: its name, aliases and abbreviations ("KCC")."""
        authority = self.record.authority
        if authority is None:
            return []
        names = [authority.name]
        entry = get_catalogue().authorities.get(authority.id) if authority.id else None
        if entry is not None:
            names += [*entry.aliases, *entry.abbreviations]
        return sorted({n for n in names if n}, key=len, reverse=True)

    @cached_property
    def council_pattern(self) -> str:
        names = [rf"\b{re.escape(name)}\b" for name in self.council_names]
        return "(?:" + "|".join([*names, *self.survey.patterns("council")] or ["(?!x)x"]) + ")"

    @cached_property
    def council_re(self) -> re.Pattern[str]:
        return re.compile(self.council_pattern, re.I)

    @cached_property
    def directorate_res(self) -> dict[str, re.Pattern[str]]:
        return {
            kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
            for kind, patterns in self.survey.directorates.items()
            if patterns
        }

    @cached_property
    def cue_res(self) -> dict[str, re.Pattern[str] | None]:
        return {
            intent.id: re.compile("|".join(f"(?:{c})" for c in intent.cues), re.I) if intent.cues else None
            for intent in self.survey.intents
        }

    def vocabulary(self, name: str, supplier_names: Iterable[str] = ()) -> Vocabulary:
        return Vocabulary(self.survey.vocabulary(name), self.council_pattern, supplier_names)

    def patterns_re(self, name: str) -> re.Pattern[str] | None:
        patterns = self.survey.patterns(name)
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


class Vocabulary:
    """Regexes by normalised value; ``{council}`` and ``{supplier}`` filled for the response at hand."""

    def __init__(self, entries: dict[str, list[str]], council: str, supplier_names: Iterable[str] = ()) -> None:
        names = sorted({n for n in supplier_names if n and len(n) > 1}, key=len, reverse=True)
        supplier = "(?:" + "|".join(rf"\b{re.escape(n)}\b" for n in names) + ")" if names else "(?!x)x"
        self.res = {
            key: re.compile(
                "|".join(f"(?:{p.replace('{council}', council).replace('{supplier}', supplier)})" for p in patterns),
                re.I,
            )
            for key, patterns in entries.items()
            if patterns
        }

    def find(self, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """Every (value, start, end) in ``text[start:end]``, in order."""
        found = [(key, m.start(), m.end()) for key, regex in self.res.items() for m in regex.finditer(text, start, end)]
        return sorted(found, key=lambda f: (f[1], -f[2]))

    def keys_in(self, text: str, start: int, end: int) -> list[str]:
        keys: list[str] = []
        for key, _, _ in self.find(text, start, end):
            if key not in keys:
                keys.append(key)
        return keys


# ------------------------------------------------------------------------------------------ 1. intents
@dataclass(frozen=True)
class IntentMatch:
    intent: str
    question: Question
    score: float
    merged: bool = False


def _stem(word: str) -> str:
    """A crude stem so that "using", "used" and "use" meet ("hosted"/"hosting", "supports"/"support")."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def fuzzy_text(text: str) -> str:
    """A question's distinctive words: processed (utils.default_process), function words dropped, stemmed."""
    words = utils.default_process(text).split()
    kept = [w for w in words if w not in _STOPWORDS]
    return " ".join(_stem(w) for w in (kept or words))


@lru_cache(maxsize=64)
def _processed(phrasings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fuzzy_text(p) for p in phrasings)


def _phrasings(intent: Intent) -> tuple[str, ...]:
    return _processed(tuple(intent.phrasings))


def score(question: str, phrasing: str) -> float:
    """How well a question's words fit a phrasing (both already through :func:`fuzzy_text`), 0-100.

    The mean of token_set_ratio, which rewards a question containing a phrasing's words (a merged or a longer
    question), and token_sort_ratio, which keeps a question sharing one word with a short phrasing low.
    """
    if not question or not phrasing:
        return 0.0
    set_ratio = fuzz.token_set_ratio(question, phrasing, processor=utils.default_process)
    sort_ratio = fuzz.token_sort_ratio(question, phrasing, processor=utils.default_process)
    return float(0.5 * set_ratio + 0.5 * sort_ratio)


def intent_scores(survey: SurveyDefinition, question_text: str) -> dict[str, float]:
    q = fuzzy_text(question_text)
    return {intent.id: max(score(q, p) for p in _phrasings(intent)) for intent in survey.intents}


def match_intents(ctx: SurveyContext) -> list[IntentMatch]:
    """The record's questions matched to the survey's intents (a question may carry two: merged)."""
    thresholds = ctx.survey.thresholds
    matches: list[IntentMatch] = []
    taken: dict[str, list[str]] = {}  # question number -> intents
    for question in ctx.record.questions:
        scores = intent_scores(ctx.survey, question.text)
        cued = {iid for iid, regex in ctx.cue_res.items() if regex is not None and regex.search(question.text)}
        ranked = sorted(scores, key=lambda iid: scores[iid] + (10 if iid in cued else 0), reverse=True)
        best = ranked[0]
        chosen: list[IntentMatch] = []
        if scores[best] >= thresholds.match or (best in cued and scores[best] >= thresholds.merged):
            chosen.append(IntentMatch(best, question, scores[best]))
            for other in ranked[1:]:
                if other in cued and scores[other] >= thresholds.merged:
                    chosen.append(IntentMatch(other, question, scores[other], merged=True))
        if not chosen and question.parent is not None:
            # A sub-question ("a) Children's services") answers its parent's intents.
            chosen = [
                IntentMatch(iid, question, 0.0, merged=True) for iid in taken.get(f"parent:{question.parent}", [])
            ]
        if chosen and question.parent is None:
            taken[f"parent:{question.number}"] = [m.intent for m in chosen]
        matches.extend(chosen)
    return matches


# ------------------------------------------------------------------------------------------ 2. blocks
@dataclass
class Block:
    """An answer (or one table row of it) to a matched question, with the directorate it speaks for."""

    intent: str
    question: Question
    start: int
    end: int
    directorate: str | None = None
    directorate_label: str | None = None
    withheld: bool = False
    not_held: bool = False
    exemptions: list[str] = field(default_factory=list)
    referral: Referral | None = None


_TABLE_SEPARATOR_RE = re.compile(r"^[\s|:\-–]*$")
_NUMBER_CELL_RE = re.compile(r"^(?:Q\s?)?(?P<number>\d{1,3}[a-z]?)[.):]?(?:\s+(?P<text>.*))?$", re.I)
_NOT_HELD_RE = re.compile(
    r"\b(?:not held|(?:do|does) not hold|no (?:recorded )?information (?:is )?held|information is not held)\b", re.I
)
_REFERRAL_TAIL_RE = re.compile(r"\s*(?:[-–:]\s*)?(?:\[|\(|https?://|www\.).*$", re.S)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        yield pos, stop
        pos = stop + 1


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of a pipe-table row."""
    cells: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        bar = text.find("|", pos, end)
        stop = end if bar == -1 else bar
        cell_start, cell_end = pos, stop
        while cell_start < cell_end and text[cell_start].isspace():
            cell_start += 1
        while cell_end > cell_start and text[cell_end - 1].isspace():
            cell_end -= 1
        if cell_end > cell_start:
            cells.append((cell_start, cell_end))
        if bar == -1:
            break
        pos = bar + 1
    return cells


def _is_table_line(text: str, start: int, end: int) -> bool:
    return text[start:end].lstrip().startswith("|")


def directorate_heading(ctx: SurveyContext, line: str) -> tuple[str, str] | None:
    """(kind, label) when ``line`` is nothing but a directorate heading ("## Adult Social Care")."""
    stripped = line.strip().strip("#*_ >").strip()
    stripped = re.sub(r"\s*[:\-–]\s*$", "", stripped).strip("*_ ")
    if not stripped or len(stripped) > 80:
        return None
    catalogue = get_catalogue()
    m = catalogue.directorate_re.match(stripped + ":")
    if m is None or m.end() < len(stripped) + 1:
        return None
    group = next(name for name, value in m.groupdict().items() if value)
    return catalogue.directorate_kind(group), stripped


def heading_before(ctx: SurveyContext, pos: int) -> tuple[str, str] | None:
    """The directorate heading above a table row: the first line above it that is not a row or blank."""
    text = ctx.text
    line_end = text.rfind("\n", 0, pos)
    while line_end > 0:
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if line.strip() and not line.lstrip().startswith("|"):
            return directorate_heading(ctx, line)
        line_end = line_start - 1
    return None


def _same_question(ctx: SurveyContext, question: Question, cells: list[tuple[int, int]]) -> bool:
    first = ctx.text[cells[0][0] : cells[0][1]].strip("*_ ")
    m = _NUMBER_CELL_RE.match(first)
    words = m.group("text") if m else first
    if m and not words and len(cells) >= 3:
        words = ctx.text[cells[1][0] : cells[1][1]]
    if m and m.group("number") == question.number:
        return True
    return bool(words) and fuzz.ratio(words, question.text, processor=utils.default_process) >= 85


def _exemptions_in(ctx: SurveyContext, start: int, end: int) -> list[str]:
    keys: list[str] = []
    for exemption in ctx.record.exemptions:
        if any(start <= s.start < end for s in exemption.spans):
            key = exemption.key
            if key not in keys:
                keys.append(key)
    return keys


def answer_blocks(ctx: SurveyContext, match: IntentMatch) -> list[Block]:
    """The blocks of text answering ``match.question``, each with its directorate."""
    text = ctx.text
    blocks: list[Block] = []
    for answer in match.question.answers:
        start, end = answer.span.start, answer.span.end
        first_line_start = text.rfind("\n", 0, start) + 1
        pieces: list[tuple[int, int]] = []
        table = _is_table_line(text, first_line_start, start) or any(
            _is_table_line(text, s, e) for s, e in _lines(text, start, end)
        )
        if not table:
            pieces.append((start, end))
        else:
            # A table answer: the question's own row, then the same question's row in later tables.
            for line_start, line_end in _lines(text, start, end):
                if line_start == start and not text[line_start:line_end].lstrip().startswith("|"):
                    bar = text.find("|", line_start, line_end)
                    pieces.append((line_start, line_end if bar == -1 else bar))
                    continue
                if not _is_table_line(text, line_start, line_end):
                    continue
                if _TABLE_SEPARATOR_RE.match(text[line_start:line_end]):
                    continue
                cells = _cells(text, line_start, line_end)
                if len(cells) >= 2 and _same_question(ctx, match.question, cells):
                    pieces.append(cells[-1])
        whole = len(pieces) == 1 and pieces[0] == (start, end)
        for piece_start, piece_end in pieces:
            kind: str | None = answer.directorate.kind if answer.directorate else None
            label: str | None = answer.directorate.label if answer.directorate else None
            if kind is None and table:
                heading = heading_before(ctx, piece_start)
                if heading is not None:
                    kind, label = heading
            exemptions = list(answer.exemptions) if whole else []
            for key in _exemptions_in(ctx, piece_start, piece_end):
                if key not in exemptions:
                    exemptions.append(key)
            piece_text = text[piece_start:piece_end]
            referral = answer.referral
            if referral is not None and not (piece_start <= referral.span.start < piece_end):
                referral = None
            blocks.append(
                Block(
                    intent=match.intent,
                    question=match.question,
                    start=piece_start,
                    end=piece_end,
                    directorate=kind,
                    directorate_label=label,
                    withheld=bool(exemptions) or (whole and answer.withheld),
                    not_held=(answer.not_held if whole else False) or bool(_NOT_HELD_RE.search(piece_text)),
                    exemptions=exemptions,
                    referral=referral,
                )
            )
    return blocks


def clean_referral(ctx: SurveyContext, referral: Referral, intent: str) -> SurveyReferral:
    """A referral with its target cut before the link ("our Contract Register - [Contract details ...")."""
    target = _REFERRAL_TAIL_RE.sub("", referral.target).strip(" -–:.")
    target = target or referral.target
    start = referral.span.start
    span = ctx.span(start, start + len(target)) if ctx.text.startswith(target, start) else referral.span
    return SurveyReferral(target=span.text, link=referral.link, intents=[intent], spans=[span])


# ------------------------------------------------------------------------------------------ 3. segments
@dataclass
class Segment:
    """A sentence or line of a block: the unit values are read from and attributed by."""

    block: Block
    start: int
    end: int
    text: str
    directorate: str | None
    systems: list[Occurrence]  # primary systems named here
    suppliers: list[Occurrence]
    tools: list[Occurrence]

    @property
    def keys(self) -> list[str]:
        keys: list[str] = []
        for occurrence in self.systems:
            if occurrence.key not in keys:
                keys.append(occurrence.key)
        return keys


_SENTENCE_END_RE = re.compile(r"[.!?](?=[*_]*\s+[*_]*[A-Z0-9£(\"'])")
_TRIM = " \t\r*_|#>•·-–"


def split_block(ctx: SurveyContext, block: Block) -> list[Segment]:
    """The sentences and lines of a block, each with its directorate and the systems it names."""
    text = ctx.text
    segments: list[Segment] = []
    current = block.directorate
    for line_start, line_end in _lines(text, block.start, block.end):
        if _is_table_line(text, line_start, line_end) and _TABLE_SEPARATOR_RE.match(text[line_start:line_end]):
            continue
        bounds = [line_start]
        bounds += [m.end() for m in _SENTENCE_END_RE.finditer(text, line_start, line_end)]
        bounds.append(line_end)
        for s, e in itertools.pairwise(bounds):
            while s < e and text[s] in _TRIM:
                s += 1
            while e > s and text[e - 1] in _TRIM:
                e -= 1
            if s >= e or not any(c.isalnum() for c in text[s:e]):
                continue
            if block.directorate is None:
                mentioned = directorates_named(ctx, s, e)
                if mentioned == ALL:
                    current = None
                elif mentioned is not None:
                    current = mentioned
            segments.append(
                Segment(
                    block=block,
                    start=s,
                    end=e,
                    text=text[s:e],
                    directorate=current,
                    systems=ctx.occurrences_in(s, e, ("primary",)),
                    suppliers=ctx.occurrences_in(s, e, ("supplier",)),
                    tools=ctx.occurrences_in(s, e, ("tool",)),
                )
            )
    return segments


ALL = "all"  # a sentence about every directorate ("Both figures include VAT", "Neither service ...")


def directorates_named(ctx: SurveyContext, start: int, end: int) -> str | None:
    """The directorate a sentence names in running text: children, adults, both, all (every one), or None."""
    kinds = {kind for kind, regex in ctx.directorate_res.items() if regex.search(ctx.text, start, end)}
    if ALL in kinds:
        return ALL
    if "both" in kinds or kinds >= DIRECTORATE_PAIR:
        return "both"
    if len(kinds) == 1:
        return next(iter(kinds))
    return None


def covers(segment_directorate: str | None, unit_directorate: str | None) -> bool:
    """Whether an answer for one directorate applies to a profile of another ("both" covers each)."""
    if segment_directorate is None or unit_directorate is None or segment_directorate == unit_directorate:
        return True
    if segment_directorate == "both":
        return unit_directorate in DIRECTORATE_PAIR
    if unit_directorate == "both":
        return segment_directorate in DIRECTORATE_PAIR
    return False


# ------------------------------------------------------------------------------------------ 4. readers
def tags(ctx: SurveyContext, vocabulary: Vocabulary, segments: Iterable[Segment]) -> list[Tag]:
    found: list[Tag] = []
    for segment in segments:
        for key, start, end in vocabulary.find(ctx.text, segment.start, segment.end):
            found.append(Tag(value=key, span=ctx.span(start, end)))
    return found


# Dates ---------------------------------------------------------------------------------------------
_YEAR_RE = re.compile(r"(?<![\w/£$€.,-])(?:19[89]\d|20\d\d)(?![\w/%]|[.,:-]\d)")
# "since 01/09/2015." : find_dates leaves out a numeric date that a full stop ends.
_SLASHED_BEFORE_STOP_RE = re.compile(r"(?<![\w/.-])([0-3]?\d)([/.-])([01]?\d)\2((?:19|20)\d\d)(?=\.(?!\d))")


@dataclass(frozen=True)
class FoundPartial:
    value: PartialDate
    start: int
    end: int


def find_partial_dates(text: str, start: int, end: int) -> list[FoundPartial]:
    """Full dates, month-and-year dates and lone years in ``text[start:end]``, in order, never overlapping."""
    found: list[FoundPartial] = []

    def free(s: int, e: int) -> bool:
        return all(e <= f.start or s >= f.end for f in found)

    for date in find_dates(text, start, end):
        if date.value is not None:
            value = PartialDate(year=date.value.year, month=date.value.month, day=date.value.day)
            found.append(FoundPartial(value, date.start, date.end))
    for m in _SLASHED_BEFORE_STOP_RE.finditer(text, start, end):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if free(m.start(), m.end()) and 1 <= month <= 12:
            try:
                value = PartialDate(year=year, month=month, day=day)
            except ValueError:
                continue
            found.append(FoundPartial(value, m.start(), m.end()))
    for m in MONTH_YEAR_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            month_word = re.split(r"[.,\s]+", m.group().strip())[0].lower()
            found.append(FoundPartial(PartialDate(year=int(m.group()[-4:]), month=MONTHS[month_word]), *m.span()))
    for m in _YEAR_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            found.append(FoundPartial(PartialDate(year=int(m.group())), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


DateClass = Literal["since", "expiry", "extended", "option", "stated"]


@dataclass(frozen=True)
class ClassifiedDate:
    found: FoundPartial
    kind: DateClass
    cue: str


class DateReader:
    """Reads the words before each date ("since", "until", "extended to") to say what the date is."""

    def __init__(self, survey: SurveyDefinition) -> None:
        cues = survey.dates
        assert cues is not None
        self.res: dict[DateClass, re.Pattern[str]] = {}
        for kind, patterns in (
            ("since", cues.since),
            ("expiry", cues.expiry),
            ("extended", cues.extended),
            ("option", cues.option),
        ):
            if patterns:
                alternation = "|".join(f"(?:{p})" for p in patterns)
                self.res[kind] = re.compile(rf"\b(?:{alternation})\s*(?:the\s+)?(?:end\s+of\s+)?$", re.I)  # type: ignore[index]

    def classify(self, text: str, segment_start: int, found: FoundPartial) -> ClassifiedDate:
        window = text[max(segment_start, found.start - 45) : found.start]
        best: list[tuple[int, DateClass, str]] = []
        for kind, regex in self.res.items():
            m = regex.search(window)
            if m:
                best.append((len(m.group().strip()), kind, m.group().strip()))
        if not best:
            return ClassifiedDate(found, "stated", "")
        best.sort(key=lambda b: -b[0])
        top = [b for b in best if b[0] == best[0][0]]
        if len({b[1] for b in top}) > 1:  # "in 2019": a word both lists hold
            return ClassifiedDate(found, "stated", top[0][2])
        return ClassifiedDate(found, top[0][1], top[0][2])

    def dates(self, text: str, segments: Iterable[Segment]) -> list[ClassifiedDate]:
        return [
            self.classify(text, segment.start, found)
            for segment in segments
            for found in find_partial_dates(text, segment.start, segment.end)
        ]


_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS)
YEARS_RE = re.compile(
    r"\b(?:for|over|around|about|approximately|approx\.?|nearly|almost|more than|roughly)\s+"
    r"(?:the\s+(?:last|past)\s+)?"
    rf"(?P<n>{_NUMBER})\+?\s+years?\b",
    re.I,
)


def number(word: str) -> float:
    word = word.lower()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    if word.startswith("half"):
        return 0.5
    return float(word)


# Money ---------------------------------------------------------------------------------------------
MONEY_RE = re.compile(
    r"(?P<cur>£|€|\$|GBP\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
    r"(?:\s?(?P<mult>k|m|bn|million|thousand)\b)?",
    re.I,
)
_PERIODS: list[tuple[Literal["year", "month", "quarter", "one_off", "contract"], re.Pattern[str]]] = [
    (
        "year",
        re.compile(
            r"\b(?:per (?:annum|year)|a year|each year|every year|annually|annual(?:ly)?|p\.?\s?a\.?|yearly)\b"
            r"|/\s?(?:yr|year|annum)\b",
            re.I,
        ),
    ),
    ("month", re.compile(r"\b(?:per month|a month|each month|monthly|pcm)\b|/\s?month\b", re.I)),
    ("quarter", re.compile(r"\b(?:per quarter|a quarter|quarterly)\b", re.I)),
    ("one_off", re.compile(r"\b(?:one[- ]off|single payment)\b", re.I)),
    (
        "contract",
        re.compile(
            r"\b(?:over the (?:life|term|length) of the contract|contract (?:value|total)|total contract)\b", re.I
        ),
    ),
]
_VAT_EXCLUDED_RE = re.compile(
    r"\b(?:excl?(?:uding|\.)?|ex|exclusive of|net of|plus|before)\s*VAT\b|\+\s*VAT\b|\bexcludes? VAT\b"
    r"|\bVAT (?:is )?(?:not included|excluded|extra|on top)\b|\bexclusive of VAT\b",
    re.I,
)
_VAT_INCLUDED_RE = re.compile(
    r"\b(?:incl?(?:uding|\.)?|inclusive of|with)\s*VAT\b|\bincludes? VAT\b|\bVAT (?:is )?included\b", re.I
)
FINANCIAL_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\s?[/-]\s?(?:\d\d|(?:19|20)\d\d)\b")
_CURRENCY: dict[str, Literal["GBP", "EUR", "USD"]] = {"£": "GBP", "gbp": "GBP", "€": "EUR", "$": "USD"}
_MULTIPLIER = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000, "bn": 1_000_000_000}


def vat_of(text: str) -> Literal["excluded", "included"] | None:
    if _VAT_EXCLUDED_RE.search(text):
        return "excluded"
    if _VAT_INCLUDED_RE.search(text):
        return "included"
    return None


def amounts(ctx: SurveyContext, segment: Segment) -> list[Amount]:
    """Each sum of money in a segment, with the period and VAT stated beside it."""
    text = ctx.text
    found: list[Amount] = []
    matches = list(MONEY_RE.finditer(text, segment.start, segment.end))
    for i, m in enumerate(matches):
        value = float(m.group("num").replace(",", ""))
        if m.group("mult"):
            value *= _MULTIPLIER[m.group("mult").lower()]
        after_end = matches[i + 1].start() if i + 1 < len(matches) else segment.end
        after = text[m.end() : min(after_end, m.end() + 60)]
        before = text[max(segment.start, m.start() - 60, matches[i - 1].end() if i else 0) : m.start()]
        period = next((name for name, regex in _PERIODS if regex.search(after)), None)
        period = period or next((name for name, regex in _PERIODS if regex.search(before)), None)
        vat = vat_of(after) or vat_of(before)
        label_match = re.search(
            r"(?:^|\n)\s*[*_-]*\s*(?P<label>[^\n:]{1,60}?)\s*:\s*$", text[segment.start : m.start()]
        )
        found.append(
            Amount(
                amount=value,
                currency=_CURRENCY[m.group("cur").strip().lower()],
                period=period,
                vat=vat,
                label=label_match.group("label").strip("*_ ") if label_match else None,
                span=ctx.span(m.start(), m.end()),
            )
        )
    return found


# Hours ---------------------------------------------------------------------------------------------
HOURS_RE = re.compile(
    r"(?P<approx>\b(?:about|around|approximately|approx\.?|circa|c\.|roughly|up to|at least"
    r"|average(?: is)?(?: about)?)\s+)?"
    rf"(?P<n>{_NUMBER}|half an?)(?:\s*(?:-|–|to|(?<=\d)\s+and(?=\s+\d))\s*(?P<n2>\d+(?:\.\d+)?))?\s*-?\s*"
    r"(?P<unit>hours?|hrs?|h|days?|minutes|mins)\b",
    re.I,
)
_CLAUSE_CUT_RE = re.compile(r"\b(?:with|then|followed by|plus|as well as)\b|;")
_TOTAL_RE = re.compile(r"\b(?:in total|a total of|total of|totall?ing|altogether|overall)\b|\btotal\b", re.I)
_COLON_LABEL_RE = re.compile(r"(?:^|\n)[ \t*_•-]*(?P<label>[A-Za-z][A-Za-z '&/()-]{1,50}?)[*_ ]*:[*_ ]*$")


@dataclass
class HoursFound:
    start: int
    end: int
    amount: float
    amount_max: float | None
    unit: Literal["hour", "day", "minute"]
    approximate: bool

    @property
    def hours(self) -> float | None:
        if self.unit == "hour":
            return self.amount
        if self.unit == "minute":
            return round(self.amount / 60, 2)
        return None


def find_hours(text: str, start: int, end: int) -> list[HoursFound]:
    found: list[HoursFound] = []
    for m in HOURS_RE.finditer(text, start, end):
        unit_word = m.group("unit").lower()
        unit: Literal["hour", "day", "minute"] = (
            "day" if unit_word.startswith("day") else "minute" if unit_word.startswith("min") else "hour"
        )
        if unit_word == "h" and not re.match(r"\d", m.group("n")):
            continue
        found.append(
            HoursFound(
                start=m.start("n") if not m.group("approx") else m.start(),
                end=m.end(),
                amount=number(m.group("n").split()[0]),
                amount_max=float(m.group("n2")) if m.group("n2") else None,
                unit=unit,
                approximate=bool(m.group("approx")),
            )
        )
    return found


def _span_of(text: str, words: str, segment: Segment) -> tuple[int, int]:
    """Where ``words`` (a label read from the segment) stands in the text."""
    start = text.find(words, segment.start, segment.end)
    return (start, start + len(words)) if start != -1 else (segment.start, segment.start)


def training_items(
    ctx: SurveyContext,
    segments: list[Segment],
    delivery: Vocabulary,
    roles: Vocabulary,
    system_names: Iterable[str] = (),
) -> tuple[list[TrainingItem], list[tuple[TrainingItem, list[TrainingItem]]]]:
    """Training figures of the segments, and each stated total with the parts listed under it."""
    text = ctx.text
    names = {n.casefold() for n in system_names}
    items: list[TrainingItem] = []
    groups: list[tuple[TrainingItem, list[TrainingItem]]] = []
    context_delivery: list[Delivery] = []
    for segment in segments:
        found = find_hours(text, segment.start, segment.end)
        segment_delivery: list[Delivery] = [k for k in delivery.keys_in(text, segment.start, segment.end)]  # type: ignore[misc]
        if not found:
            if segment_delivery:
                context_delivery = segment_delivery
            continue
        seg_items: list[TrainingItem] = []
        kinds: list[str] = []
        for i, hours in enumerate(found):
            next_start = found[i + 1].start if i + 1 < len(found) else segment.end
            cut = _CLAUSE_CUT_RE.search(text, hours.end, next_start)
            clause_end = cut.start() if cut else next_start
            previous_end = found[i - 1].end if i else segment.start
            own: list[Delivery] = delivery.keys_in(text, hours.start, clause_end)  # type: ignore[assignment]
            if not own:
                own = delivery.keys_in(text, previous_end, hours.start)  # type: ignore[assignment]
            kind = "other"
            role: str | None = None
            label = _COLON_LABEL_RE.search(text[segment.start : hours.start])
            if label:
                words = label.group("label").strip()
                label_delivery = delivery.keys_in(words, 0, len(words))
                if _TOTAL_RE.search(words):
                    kind = "total"
                elif label_delivery:
                    own = own or label_delivery  # type: ignore[assignment]
                elif words.casefold() not in names and directorates_named(ctx, *_span_of(text, words, segment)) is None:
                    kind, role = "per_role", words
            if role is None and kind == "other":
                role_keys = roles.keys_in(text, previous_end, hours.start)
                after = re.match(r"[^.;]*?\bfor\s+(?:new\s+|all\s+)?", text[hours.end : clause_end])
                if not role_keys and after:
                    role_keys = roles.keys_in(text, hours.end + after.end(), clause_end)
                if role_keys:
                    kind, role = "per_role", role_keys[-1]
            kinds.append(kind)
            seg_items.append(
                TrainingItem(
                    kind=kind,
                    role=role,
                    amount=hours.amount,
                    unit=hours.unit,
                    hours=hours.hours,
                    hours_max=hours.amount_max,
                    approximate=hours.approximate,
                    delivery=own or ([] if kind == "total" else list(context_delivery)),
                    span=ctx.span(hours.start, hours.end),
                )
            )
        # A stated total: "10 Hours - ... 2 hours e-learning and 7 hours remote", "6 hours (2 e-learning, 4 remote)",
        # "a total of 10 hours", "Total: 10 hours".
        first = found[0]
        after_first = text[first.end : found[1].start] if len(found) > 1 else ""
        leading = not text[segment.start : first.start].strip(" *_-–:") and re.match(r"\s*[-–:]", after_first)
        bracketed = re.match(r"[^()]{0,40}\(", after_first)
        stated = _TOTAL_RE.search(text[max(segment.start, first.start - 20) : first.end + 12])
        if len(found) > 1 and seg_items[0].kind != "per_role" and (leading or bracketed or stated):
            parts = [item.model_copy(update={"kind": "part"}) for item in seg_items[1:] if item.kind == "other"]
            parts_delivery: list[Delivery] = []
            for part in parts:
                parts_delivery += [d for d in part.delivery if d not in parts_delivery]
            total = seg_items[0].model_copy(update={"kind": "total", "delivery": parts_delivery})
            seg_items = [total, *(parts + [item for item in seg_items[1:] if item.kind != "other"])]
            groups.append((total, parts))
        elif seg_items and seg_items[0].kind == "total":
            groups.append((seg_items[0], []))
        items.extend(seg_items)
        if segment_delivery:
            context_delivery = segment_delivery
    return items, groups


# Organisations -------------------------------------------------------------------------------------
_ORG_SUFFIX = (
    r"(?:Ltd|Limited|plc|PLC|LLP|Solutions|Services|Group|Partnership|Consulting|Consultants|Technology"
    r"|Technologies|Systems|Software|Trust|Computing|Holdings|Corporation|Inc)"
)
_ORG_RE = re.compile(
    rf"(?:\b[Tt]he\s+)?\b[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&))*\s+{_ORG_SUFFIX}\b(?!\s+(?:[Tt]eam|[Uu]nit|[Bb]oard))"
)
_CUED_ORG_RE = re.compile(
    r"\b(?:supplier|partner|provider|contractor|company|organisation)\s*(?:,|-|–|:|called|named)?\s*"
    r"(?P<name>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
)
_GENERIC_ORG_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "the ict it services service digital systems system team council business support technology solutions"
        " adult adults adult's adults' social care children children's childrens' childrens corporate information"
        " shared customer finance our county city borough district metropolitan department directorate group"
        " software infrastructure and of & applications application data database"
    ).split()
)


def organisations(
    ctx: SurveyContext,
    start: int,
    end: int,
    supplier_names: Iterable[str] = (),
    *,
    council: bool = True,
    platforms: bool = False,
) -> list[Organisation]:
    """The organisations named in ``text[start:end]``: the council, suppliers, other named bodies."""
    text = ctx.text
    suppliers = {n.casefold() for n in supplier_names if n}
    suppliers |= {entry.name.casefold() for entry in catalogue_suppliers().values()}
    found: list[Organisation] = []

    def add(s: int, e: int, kind: Literal["council", "supplier", "organisation", "platform"]) -> None:
        span = ctx.span(s, e)
        if not span.text or any(o.span.start < span.end and span.start < o.span.end for o in found):
            return
        if any(o.name.casefold() == span.text.casefold() for o in found):
            return
        found.append(Organisation(name=span.text, kind=kind, span=span))

    for occurrence in ctx.occurrences_in(start, end, ("supplier",)):
        add(occurrence.span.start, occurrence.span.end, "supplier")
    for name in sorted({n for n in supplier_names if n and len(n) > 2}, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[start:end]):
            add(start + m.start(), start + m.end(), "supplier")
    if platforms:
        for occurrence in ctx.occurrences_in(start, end, ("tool",)):
            if mention_role(occurrence.mention) == "tool" and _is_platform(occurrence.mention):
                add(occurrence.span.start, occurrence.span.end, "platform")
    for regex in (_ORG_RE, _CUED_ORG_RE):
        for m in regex.finditer(text, start, end):
            s, e = (m.start("name"), m.end("name")) if "name" in regex.groupindex else m.span()
            words = re.findall(r"[\w&'’-]+", text[s:e].casefold())
            if not words or all(w in _GENERIC_ORG_WORDS for w in words):
                continue
            if ctx.council_re.fullmatch(text[s:e]) or any(
                text[s:e].casefold() == n.casefold() for n in ctx.council_names
            ):
                continue
            name = text[s:e].casefold().removeprefix("the ")
            add(s, e, "supplier" if name in suppliers or text[s:e].casefold() in suppliers else "organisation")
    if council:
        for m in ctx.council_re.finditer(text, start, end):
            if text[m.end() : m.end() + 6].lower().startswith("-owned"):
                continue
            add(m.start(), m.end(), "council")
    return sorted(found, key=lambda o: o.span.start)
