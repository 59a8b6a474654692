"""Fast regex scanning over a document's lower-cased text: the machinery the catalogue's patterns run on.

Python's ``re`` tries a pattern at every position unless it can jump ahead (a literal or a character class
first); on a two-page letter each such whole-text scan costs about a tenth of a millisecond, and the
extractors run dozens of pattern families. So the patterns of ``patterns/`` are compiled once into scanners
that look only where a match can be: :class:`LiteralIndex` finds every scanner's literal cores in one
Aho-Corasick pass, :class:`PhraseScanner` and :class:`LabelScanner` try their regexes at or around those
hits, :class:`LinePattern` jumps from newline to newline. Each gives exactly what ``finditer`` over the whole
text gives (``tests/test_scanners.py`` holds them to it).
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

# English month names, and the abbreviations letters print ("Sept", "24-Apr-2024"), with their numbers: the one
# table that the date regexes of extract.dates, clean's re-spacing of glued dates and segment's dated fields are
# built from, so a month any of them matches is one the table can number ("5 Sepember 2020" once matched a
# hand-written "Sept?(?:ember)?" and then failed the lookup with a KeyError).
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# A month's first three letters, lower case, as a regex: where a rule only needs to see that a month's name starts
# (a "[a-z]*" after it takes the rest), not to number it.
MONTH_STEM = "(?:" + "|".join(name[:3].lower() for name in MONTH_NAMES) + ")"
_MONTH_ABBREVIATIONS = {"sept": 9} | {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
# A scanned letter's text read by OCR takes the "l" in a month for a capital "I": "Date 31 JuIy 2017" (South Ayrshire
# Council's letter, its text layer from a scanner).
_OCR_MISREADINGS = {"juiy": 7, "aprii": 4}
MONTHS: dict[str, int] = (
    {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)} | _MONTH_ABBREVIATIONS | _OCR_MISREADINGS
)

# A UK postcode's shape, "S9 4EU", "CR9 2BY", "EC2V 7HH": the one spelling that extract.authority's address lines and
# extract.dates's flattened letterheads end in.
POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"


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


def _zero_width(pattern: str) -> bool:
    """Whether ``pattern`` takes no characters (look-arounds and anchors only; "" too)."""
    try:
        return all(str(op) in _ZERO_WIDTH for op, _av in _sre_parse(pattern))
    except Exception:
        return False


def _starts_a_line(pattern: str) -> bool:
    """Whether every match of ``pattern`` (under ``re.M``) starts at a line's start: it opens with ``^`` at its top
    level, not inside one branch of an alternation."""
    try:
        items = list(_sre_parse(pattern))
    except Exception:
        return False
    return bool(items) and str(items[0][0]) == "AT" and str(items[0][1]) == "AT_BEGINNING"


def alternation(phrases: Iterable[str]) -> str:
    """One regex matching any of ``phrases`` (regexes), each in a group of its own."""
    return "(?:" + "|".join(f"(?:{phrase})" for phrase in phrases) + ")"


def first_chars_lookahead(pattern: str) -> str:
    """A look-ahead on the characters a case-insensitive match of ``pattern`` can start with ("(?=[adght])"), to
    put in front of it so that most places fail at once; empty when they cannot be worked out."""
    chars = _first_chars(_lower_pattern(pattern))
    if not chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({c.lower() for c in chars})) + "])"


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


def after_markup(pattern: str, flags: int = 0) -> re.Pattern[str]:
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


def occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Where each of ``needles`` starts in ``text`` (a plain search per needle, in C), needle by needle: the
    possible starts of a pattern that opens with one of them, for :func:`matches_at`."""
    found = []
    for needle in needles:
        at = text.find(needle)
        while at != -1:
            found.append(at)
            at = text.find(needle, at + 1)
    return found


def any_in_range(sorted_offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets (where matches start) holds one in ``[start, end)``."""
    first = bisect.bisect_left(sorted_offsets, start)
    return first < len(sorted_offsets) and sorted_offsets[first] < end


class LiteralIndex:
    """Where the literal cores of a set of scanners occur in a text, found in one pass.

    One Aho-Corasick automaton (ahocorasick-rs, a DFA) holds the literal cores of every scanner of a catalogue,
    so a document is walked once for all of them instead of once per literal with ``str.find`` (some 800 of
    them: several milliseconds on a two-page letter). Each scanner registers its literals as a group and reads
    back the group's hits; the hits of the last two texts are kept, since every scanner asks in turn (over a
    document's lower-cased text, and the outcome cues over its copy with wrapped lines joined). (pyahocorasick
    took 2.5 times as long over the Kent seed's 825 literals.)
    """

    def __init__(self, prepare: Callable[[], object] | None = None) -> None:
        # Called once, before the first build: it registers the groups known to be coming, so that the
        # automaton is built once instead of once more each time a scanner is first asked for.
        self._prepare = prepare
        self.builds = 0
        self._group_count = 0
        self._owners: dict[str, list[int]] = {}  # literal -> the groups that hold it
        self._automaton: Any = None
        self._literal_owners: list[tuple[int, ...]] = []  # by the automaton's literal number
        self._recent: list[tuple[str, list[list[tuple[int, int]]]]] = []  # (text, hits by group), newest first
        self._line_starts: tuple[str | None, list[int]] = (None, [])  # the last text's line starts

    def add(self, literals: Iterable[str]) -> int:
        """Register ``literals`` as a group; returns its number, for :meth:`group_hits`."""
        group = self._group_count
        self._group_count += 1
        for literal in sorted(set(literals)):
            self._owners.setdefault(literal, []).append(group)
        self._automaton = None
        self._recent = []
        return group

    def _build(self) -> Any:
        import ahocorasick_rs

        if self._prepare is not None:
            prepare, self._prepare = self._prepare, None
            prepare()
        self.builds += 1
        literals = sorted(self._owners)
        self._literal_owners = [tuple(self._owners[literal]) for literal in literals]
        automaton = ahocorasick_rs.AhoCorasick(
            literals, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=ahocorasick_rs.Implementation.DFA
        )
        self._automaton = automaton
        return automaton

    def line_starts(self, lower: str) -> list[int]:
        """Where each line of ``lower`` starts (0 and after every newline), worked out once per text."""
        if self._line_starts[0] is not lower:
            starts = [0]
            at = lower.find("\n")
            while at != -1:
                starts.append(at + 1)
                at = lower.find("\n", at + 1)
            self._line_starts = (lower, starts)
        return self._line_starts[1]

    def group_hits(self, lower: str, group: int) -> list[tuple[int, int]]:
        """(start, end) of every occurrence in ``lower`` of a literal of ``group`` (overlapping ones included),
        in the order their ends come in the text."""
        for text, hits in self._recent:
            if text is lower:
                return hits[group]
        automaton = self._automaton if self._automaton is not None else self._build()
        groups: list[list[tuple[int, int]]] = [[] for _ in range(self._group_count)]
        if self._owners:
            owners_of = self._literal_owners
            for literal, start, end in automaton.find_matches_as_indexes(lower, overlapping=True):
                for owner in owners_of[literal]:
                    groups[owner].append((start, end))
        self._recent = [(lower, groups), *self._recent[:1]]
        return groups[group]


class PhraseScanner:
    """Named groups of phrase regexes over lower-cased text, tried only where a phrase can be.

    A :class:`LiteralIndex` (shared by the scanners of a catalogue) finds the phrases' literal cores in one
    pass. Most phrases start with one ("please (?:provide|supply)", "internal review"): those are tried
    with ``match`` at each place the core starts and nowhere else. A phrase whose core stands further in
    ("^[-* ]*(?:decision|response)s?:?$") is searched for in the lines around each hit of its core (its own,
    the one above and the one below); a phrase with no usable core is tried at each line's start if it opens
    with ``^`` under ``re.M`` ("^[*_ ]*a:\\s*\\S"), else searched for over the whole text ("eirs?"). Matches
    come back in order and never overlap (at one position the longest wins), as from ``finditer`` over the
    whole text with :attr:`pattern`; tests/test_scanners.py holds every scanner of the catalogue to that.
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
        line_led: dict[str, list[str]] = {}
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
                if required is None and flags & re.M and _zero_width(prefix) and _starts_a_line(phrase):
                    # "^[*_ ]*a:\s*\S", with no literal core to search around: tried at each line's start, not at every
                    # offset of the text
                    line_led.setdefault(name, []).append(phrase)
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
        self.line_led = build(line_led)
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
            # from the line above: a phrase may begin there, its core wrapped onto the next line ("we will be /
            # writing to you within ...")
            start = lower.rfind("\n", 0, max(0, lower.rfind("\n", 0, hit))) + 1
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
        if self.line_led is not None:
            sources += 1
            match = self.line_led.match
            for start in self.index.line_starts(lower):
                m = match(lower, start)
                if m is not None:
                    found.append(m)
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


def first_words(labels: Iterable[str]) -> list[str]:
    """The word each label starts with, as ``labels_re`` spells it (lower case, up to the first space)."""
    return [label.lower().split(" ", 1)[0] for label in labels]


# ASCII characters that are not letters, made spaces: with white space, the edges of WordCounter's chunks.
_ASCII_NON_LETTERS = str.maketrans({c: " " for c in string.printable if not c.isalpha()})


class WordCounter:
    r"""Counts the whole-word occurrences of a set of words (case-sensitive) in a text.

    A word is a run of letters (``[^\W\d_]``): "yn" counts in "(yn)" and "_yn", not in "synonym" or "yné".
    :attr:`pattern` finds them with a regex; :meth:`count` gives ``len(pattern.findall(text))`` three times
    faster, by splitting the text into chunks at white space and ASCII non-letters and looking each chunk up
    in a set. Only a chunk holding a non-ASCII character ("£5", "café", a zero-width space between two
    words) can hold a word it does not equal, and it is searched with the regex.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if not all(word.isascii() and word.isalpha() for word in self.words):
            raise ValueError("WordCounter counts words of ASCII letters only")
        ordered = sorted(self.words)
        # A class of the words' first letters, then the letter before is checked: a look-behind first is
        # tried at every position, a class first lets the engine skip ahead in C.
        first_letters = "".join(sorted({word[0] for word in ordered}))
        rests = "|".join(f"(?<={word[0]}){word[1:]}" for word in ordered)
        self.pattern = re.compile(rf"[{first_letters}](?<![^\W\d_].)(?:{rests})(?![^\W\d_])")

    def count(self, text: str) -> int:
        chunks = text.translate(_ASCII_NON_LETTERS).split()
        found = sum(map(self.words.__contains__, chunks))
        if not text.isascii():
            found += sum(len(self.pattern.findall(chunk)) for chunk in chunks if not chunk.isascii())
        return found


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_text(text: str) -> str:
    """Lower-case ``text`` keeping every offset (``str.lower`` changes the length of a few characters)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def labels_re(labels: Iterable[str], *, keep_case: bool = False) -> str:
    """One regex for a list of literal labels, factored as a trie; a space matches a run of white space with one line
    break at most (a label wraps onto the next line; it does not run on past a blank line: "Our response / (blank) /
    Date of reply: 10 May 2016" on Canterbury City Council's log is no "Response date" label).

    A flat alternation makes the regex engine try every label starting with the letter at hand ("date",
    "dated", "date of response", ...); the trie tries each shared prefix once. Longer labels win because
    every optional ending is greedy. The labels are lower-cased unless ``keep_case``.
    """
    trie: dict[str, Any] = {}
    for label in set(labels):
        node = trie
        for char in label if keep_case else label.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (r"(?=\s)[ \t]*\n?[ \t]*" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
