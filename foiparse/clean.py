"""Normalise a Document's text, keeping a map from every normalised offset back to the text as read.

What changes, and the real text that needs it:

- typographic quotes and dashes become ASCII (``Children’s`` and ``Children's`` are one directorate);
- non-breaking, zero-width and soft-hyphen characters are dropped or become spaces (Word exports);
- Markdown emphasis markers go and become style hints (the Kent seed marks its questions ``***like this***``);
- Markdown backslash escapes are undone (``\\(due-north.com\\)``);
- trailing spaces, runs of spaces and runs of blank lines are collapsed;
- the tabs between the cells of a table copied from Word or a spreadsheet become pipe-table cell edges
  (``1<TAB>Which EPR system ...?<TAB>The Trust's EPR is PPM+`` reads ``1 | Which EPR system ...? | ...``), in a run
  of two or more lines of three or more cells each;
- lines hard-wrapped at a fixed width (email at ~72 columns, PDF text at the page edge) are re-flowed, and so are
  the lines a plain-text email quotes under "> ", at one depth of quoting at a time;
- a numbered list run together on one line (a web page flattened: "1. Please provide ... 2. Please provide ...")
  gets a line per item again, and so does a list inside a flattened paragraph, its numbers glued to the sentence
  before ("with:1) The number ... for.2) The spend") or its letters run on ("include: a) The ISBN b) The title");
- words a PDF-to-text conversion glued together get their space back, in two shapes only: a letterhead cell's
  label and its value ("Our RefJCW/036468", "Date19 August 2016") and a date written out in words
  ("13October2016", "received by Kettering Borough Council21 March 2017requesting");
- "receive" and "receipt" misspelt with "ie" are spelt right ("Date Request Recieved: 03/09/2018", Bright Futures
  Educational Trust's log), and so is "FOI" read by OCR with a lower-case L ("Our Ref: FOl 062", a requester's OCR
  of the Department of Enterprise, Trade and Investment's letter), so every label and cue that reads the word reads
  them too; the length is unchanged.

All edits are found on the text as read, then applied in one pass, so the offset map is a short list of
segments rather than one entry per character.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import itemgetter

from .catalogue import letter_words
from .document import Document, StyleRun
from .scan import MONTH_NAMES, alternation, labels_re, lower_text

_CHAR_MAP = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x85": "\n",
    "\u2026": "...",
}
# The ASCII quotes and dashes typographic ones become (what CleanText.printed restores).
ASCII_MARKS = frozenset("'\"-")
_DROP = "\u200b\u200c\u200d\u2060\ufeff\u00ad\r"
# C0 controls other than tab/newline carry no text; they appear in badly converted files.
_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r\x0b\x0c")

# One-for-one replacements keep every offset, so they are applied with str.translate after the edits;
# only characters that vanish or grow ("…" -> "...") become edits.
_ONE_FOR_ONE = [(k, v) for k, v in _CHAR_MAP.items() if len(v) == 1]
_ASCII_ONE_FOR_ONE = [(k, v) for k, v in _ONE_FOR_ONE if k.isascii()]
_RESIZED = {k: v for k, v in _CHAR_MAP.items() if len(v) != 1}
_ONE_FOR_ONE_TABLE = str.maketrans(dict(_ONE_FOR_ONE))


def as_normalised(printed: str) -> str:
    """``printed`` with the one-for-one replacements normalisation makes ("–" -> "-"): the normalised text's form
    of a value that ``CleanText.printed`` gave back as printed, to ground it in its span."""
    return printed.translate(_ONE_FOR_ONE_TABLE)


_CHAR_RE_MEMBERS = "".join(_RESIZED) + _DROP + _CONTROLS
_ASCII_CHAR_RE_MEMBERS = "".join(char for char in _CHAR_RE_MEMBERS if char.isascii())
_CHAR_RE = re.compile("[" + re.escape(_CHAR_RE_MEMBERS) + "]")
# Emphasis inside one line: the marker must hug the text (``* item`` is a bullet, not emphasis).
# The regex engine jumps from "*" to "*" only while the pattern starts with a literal "*": the character
# before the marker is checked in code (a leading look-behind would make it try every position), and the
# marker is spelt ``\*(?:\*\*?)?`` (with ``\*{1,3}`` it tried every position). The text cannot hold a "*",
# so it ends at the next "*" or nowhere: a run taken whole finds that at once, where a lazy one tried the
# closing marker after every character. (A look-ahead that captures the run, then a back-reference to it,
# takes it whole as a possessive ``++`` would; Python 3.10 has no possessive quantifiers.)
_EMPHASIS_RE = re.compile(r"(\*(?:\*\*?)?)(?=[^\s*])(?=([^\n*]+))\2(?<=[^\s*])\1(?![*\w])")
# An exam grade's star is no closing marker: "*the applicant's number of GCSE A* grades, if applicable" (a bullet
# glued to its text in a WhatDoTheyKnow request to Trinity College, Cambridge) is a list item holding "A*".
_GRADE_STAR_RE = re.compile(r"(?:^|[\s(/])[A-E]$")
_ESCAPE_RE = re.compile(r"\\([()\[\]*_#.!\-+`>])")
# "recieve", "recieved", "reciept": the letters swapped, whatever their case. The cues read the word respelt; a
# question's words keep the source's spelling (``CleanText.printed``).
_RECIEVE_RE = re.compile(r"rec(ie)(?=v|pt)", re.I)
_RESPELT_RE = re.compile(r"rec(?:eiv|eipt)", re.I)
_SWAPPED_LETTERS = frozenset("eiEI")
# A curly quote's UTF-8 bytes read as Windows-1252, their first two printed as a dash: "the Adjudicator-™s Office
# (the -˜public authority-™)" (BAILII's copies of the ICO's decision summaries). The sign after the dash says which
# quote it was: 0x99 "™" closing single, 0x98 "˜" opening single, 0x9C "œ" opening double, 0x9D (no character in
# Windows-1252, left as the C1 control) closing double.
_GARBLED_QUOTES = {"\u2122": "'", "\u02dc": "'", "\u0153": '"', "\x9d": '"'}
_GARBLED_QUOTE_RE = re.compile("-[" + "".join(_GARBLED_QUOTES) + "]")
# "FOl": OCR's lower-case L for the I of "FOI", never a word of its own.
_OCR_FOI_RE = re.compile(r"\bFO(l)\b")
# HTML's tags left in a page's text, as a reader of saved pages prints them: "Children, Learning and Young<br /> /
# People's Direc<strong>to</strong>rate<br />" (Coventry City Council's letter on a flip-book site), "... 2021
# academic sessions</p><p>SQA only holds information ..." (the Scottish Qualifications Authority's log). Taken out
# where a page has a few of them; a block's tag between two words leaves a space.
_HTML_TAG_RE = re.compile(r"</?(?:(?P<block>br|p|div|li)|strong|b|em|i|u|span)(?:[ \t][^<>\n]{0,80})?[ \t]*/?>", re.I)
_FEWEST_HTML_TAGS = 3
_HORIZONTAL_WS = " \t\u00a0\r"
_START, _END = itemgetter(0), itemgetter(1)
_SPACE_RUN_RE = re.compile(r"[ \t\u00a0]{2,}")
# Indentation, on text whose horizontal white space is all plain spaces (see ``_whitespace_edits``).
_INDENT_RE = re.compile(r" +(?=[^ \n])")
_NEWLINE_INDENT_RE = re.compile(r"\n +(?=[^ \n])")
# Spelt with two literal spaces first so that the engine searches for them, not for every single space.
_SPACE_GAP_RE = re.compile("   *")
# Two or more blank lines, the first spelt out of the repeat: at the newline of a line that is not blank the
# engine then fails without entering a repeat (a fifth faster over the dev corpus).
_BLANK_RUN_RE = re.compile(r"\n[ \t\u00a0\r]*\n(?:[ \t\u00a0\r]*\n)+")

# A wrapped line must not be joined to a line that starts a new item of its own, or that is an item's number alone
# ("2)" over its question, Greenwood Academy's reply), or a letter and a colon ("b: A breakdown of any European funding
# expected ...", a WhatDoTheyKnow request to Royal Museums Greenwich), or a part's mark glued to its word ("... to mixed
# sex toilets, and / ii)discipline problems relating to use of pupil toilets.", a WhatDoTheyKnow request sent to many
# schools; not "(s)he"), or a number glued to its item's first word ("... The Times article referred to. / 2.We request
# to see all instructions given ...", a request the Department for Business, Energy & Industrial Strategy quotes), or
# a capital letter and its bracket ("B) 12 week family accommodation (cost for mother and baby) per week / C) Additional
# costing of additional child ...", a WhatDoTheyKnow request to Hull City Council, above its hard-wrapped
# acknowledgement; not "A." of a name's initial), or a number and a slash ("2/ average headcount (start headcount and
# end headcount divided by two), / 3/ number of leavers over the period, and", a WhatDoTheyKnow request to Biddick Hall
# Infant School, above a mail server's hard-wrapped bounce). A stop and a bracket together mark an item too: "b.)
# Independent Best Interest Assessors (not employed directly by the Council) / c.) Mental Health Assessors" (a
# WhatDoTheyKnow request to Wiltshire Council). Or a number and a dash glued to it: "3- The total cost of the
# installation of CCTV cameras installed by Hastings Borough Council / 4- The manufacturer PDF documentation ..."
# (Hastings Borough Council's log, its longest item making the others look wrapped).
_STARTS_ITEM_RE = re.compile(
    # (a number or letter glued to its item's first word: "1.Please provide ...", "b.How frequently does the
    # organisation run its payroll? (monthly/weekly)", Kettering Borough Council's letter on a document site)
    r"^(?:[-–—*•·▪o]\s|\(?\d{1,3}(?:\.\d{1,3})*[a-z]?[.):](?:\s|$)|\d{1,3}/\s|\d{1,3}[.)](?=[A-Z][a-z])|\d{1,3}[-–]\s"
    r"|[a-h][.)](?=[A-Z][a-z])"
    r"|\(?[a-z]{1,3}(?:\.\)|[.)])\s|[a-z]{1,3}\)(?=[a-z]{2})"
    r"|\(?[A-Z]\)\s|[a-z]:\s|Q\d|Question\s+\d"
    r"|[A-Z][A-Za-z' ]{0,30}:|>|From:|Sent:|Yours\b|(?:Kind |Best |Warm )?[Rr]egards\b|Dear\b)"
)

# A greeting long enough to look wrapped is still a line of its own (see ``_soft_newlines``).
_GREETING_START_RE = re.compile(rf"{alternation(letter_words().greetings)}\b", re.I)
_QUESTION_HEADING_RE = re.compile(r"[*_ ]*(?:Question|Request)[ \t]*\d{1,3}[a-z]?[ \t]*[-–:.)]")
# A reply's opening sentence: "Your request has been dealt with under ...", "Thank you for your request ...".
_REPLY_OPENS_RE = re.compile(
    r"(?:Your (?:request|e-?mail|letter) (?:has been|was|is being) (?:dealt with|handled|considered|processed)"
    r"|Thank you for your (?:request|e-?mail|letter|correspondence|enquiry)"
    # "1) Assessments of the impartiality and accuracy of the modelling exercise / Please note no further documentation
    # is available from what you have already received." (Transport for Greater Manchester's letter, each answer under
    # its item)
    r"|Please note)\b"
)
# A reply's heading on a line of its own: "Response", "Our Response:", "University Response" (a capital on each word);
# or a directorate's, its last word in lower case and a colon after it: "Children's Social Care response:" (Kent County
# Council's letter as WhatDoTheyKnow renders its PDF).
_REPLY_HEADING_RE = re.compile(
    r"[*_ ]*(?:(?:[A-Z][\w'’&]*[ \t]+){0,3}(?:Response|Reply|Answer)s?[ \t]*:?"
    r"|(?:[A-Z][\w'’&]*[ \t]+){1,3}(?:response|reply|answer)s?[ \t]*:)[*_ ]*"
)


@dataclass
class CleanText:
    """Normalised text plus the map back to the text as read, style hints and page starts."""

    text: str
    raw: str
    # Parallel lists: normalised offset where a segment starts, raw offset it came from, and whether it is a
    # verbatim copy (offsets inside map 1:1) or a substitution (every offset maps to the edit's start).
    _seg_out: list[int] = field(default_factory=list)
    _seg_raw: list[int] = field(default_factory=list)
    _seg_copy: list[bool] = field(default_factory=list)
    # (start, end, bold, italic) of each style run, sorted by start: what ``is_emphasised`` reads.
    _style_runs: list[tuple[int, int, bool, bool]] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)
    # (normalised offset, depth) of each line a plain-text email quoted under "> " (its marks gone), in text order;
    # a line re-flowed into the one above is listed at its old start, inside the line it joined.
    quoted_lines: list[tuple[int, int]] = field(default_factory=list)
    # The width the text as read was found hard-wrapped to (its lines re-flowed here), None when it was not.
    wrap_width: int | None = None
    # Whether cleaning respelt a word whose letters the source swapped ("recieve", ``_RECIEVE_RE``): ``printed``
    # undoes it.
    swapped_letters: bool = False

    @cached_property
    def styles(self) -> list[StyleRun]:
        """The style runs as records, sorted by start (built on demand: a bold-question reply has dozens)."""
        return [StyleRun(*run) for run in self._style_runs]

    @cached_property
    def lower(self) -> str:
        """The text lower-cased with every offset kept, for the label patterns (``compile_lowered``)."""
        return lower_text(self.text)

    @cached_property
    def lower_joined(self) -> str:
        """``lower`` with each line break inside a running sentence made a space (see ``join_wrapped_lines``)."""
        return join_wrapped_lines(self.text, self.lower)

    def to_raw(self, offset: int) -> int:
        """Offset in the text as read for a normalised offset."""
        i = bisect.bisect_right(self._seg_out, offset) - 1
        if i < 0:
            return offset
        if self._seg_copy[i]:
            return self._seg_raw[i] + (offset - self._seg_out[i])
        return self._seg_raw[i]

    def raw_line_length(self, end: int) -> int:
        """How long the line as read that ends at normalised offset ``end`` was, its trailing white space aside: the
        last line a re-flowed paragraph was joined from, not the paragraph."""
        raw_end = self.to_raw(end)
        raw_start = self.raw.rfind("\n", 0, raw_end) + 1
        return len(self.raw[raw_start:raw_end].rstrip())

    def printed(self, start: int, end: int) -> str:
        """``text[start:end]`` with its quotes and dashes as the source printed them ("Children’s", "2019–20"),
        and its misspelt "recieved" as printed: the one-for-one replacements undone, every other normalisation
        kept."""
        piece = self.text[start:end]
        marks = not self.raw.isascii() and any(mark in piece for mark in ASCII_MARKS)
        swapped = self.swapped_letters and _RESPELT_RE.search(piece) is not None
        if not marks and not swapped:
            return piece
        chars = list(piece)
        for i, char in enumerate(piece):
            if marks and char in ASCII_MARKS:
                source = self.raw[self.to_raw(start + i)]
                if _CHAR_MAP.get(source) == char:
                    chars[i] = source
            elif swapped and char in _SWAPPED_LETTERS:
                source = self.raw[self.to_raw(start + i)]
                if source in _SWAPPED_LETTERS:
                    chars[i] = source
        return "".join(chars)

    def page_of(self, offset: int) -> int | None:
        """1-based page of a normalised offset, or None for unpaged sources."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    @cached_property
    def _run_index(self) -> tuple[list[int], int]:
        """The style runs' starts (sorted) and the longest run's length, for ``_runs_over``."""
        starts = [run[0] for run in self._style_runs]
        longest = max((run_end - run_start for run_start, run_end, _, _ in self._style_runs), default=0)
        return starts, longest

    def _runs_over(self, start: int, end: int) -> list[tuple[int, int, bool, bool]]:
        """The style runs overlapping ``[start, end)``: a bisect over the runs sorted by start, so that asking
        for every line of a long bold-question reply stays linear (fuzzing found the quadratic version)."""
        run_starts, longest_run = self._run_index
        first = bisect.bisect_left(run_starts, start - longest_run)
        last = bisect.bisect_left(run_starts, end)
        return [run for run in self._style_runs[first:last] if run[1] > start]

    def is_emphasised(self, start: int, end: int) -> bool:
        """True when styled runs cover most of ``[start, end)`` (a bold or italic line)."""
        runs = self._runs_over(start, end)
        covered = sum(min(end, run_end) - max(start, run_start) for run_start, run_end, _, _ in runs)
        return end > start and covered >= 0.8 * (end - start)

    def is_bold(self, start: int, end: int) -> bool:
        runs = self._runs_over(start, end)
        covered = sum(min(end, run_end) - max(start, run_start) for run_start, run_end, bold, _ in runs if bold)
        return end > start and covered >= 0.8 * (end - start)


# A line break before a line that starts in lower case: where a sentence may run on.
_LOWER_CASE_LINE_RE = re.compile(r"\n(?=[ \t]*[a-z])")


def join_wrapped_lines(text: str, lower: str) -> str:
    """``lower`` (``text`` lower-cased, offsets kept) with a line break made a space where ``text``'s sentence runs
    on past it: after a line of 40 or more characters that ends no sentence, before one that starts in lower case.

    Clean re-flows a text it sees is hard-wrapped, but not a short email among unwrapped lines: Sedgemoor District
    Council's acknowledgement on WhatDoTheyKnow, five lines wrapped at 74 columns under a request typed a paragraph
    to a line, reads "Your\nrequest was received on 29^th March 2015 and I am dealing with it under". Phrases read
    in this copy (the outcome cues) match across such breaks; the text and its lines are left as they are.
    """
    joins = []
    for m in _LOWER_CASE_LINE_RE.finditer(text):
        at = m.start()
        line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
        if len(line) >= 40 and line[-1] not in ".:?!;":
            joins.append(at)
    if not joins:
        return lower
    chars = list(lower)
    for at in joins:
        chars[at] = " "
    return "".join(chars)


def detect_hard_wrap(text: str) -> int | None:
    """Return the wrap width when the text looks hard-wrapped, else None.

    Unwrapped prose has paragraph-long lines; wrapped text has no line much longer than its width and many
    lines close to it.
    """
    return _wrap_width([len(line.rstrip()) for line in text.split("\n")])


_MAX_WIDTH = 110
_MAX_OVERHANG = 25


def _p95(ordered: list[int]) -> int:
    """The 95th percentile of sorted line lengths: the widest a wrap makes, a few overlong lines aside."""
    return ordered[int(0.95 * (len(ordered) - 1))]


def _wrap_width(lengths: list[int]) -> int | None:
    long_lines = sorted(n for n in lengths if n >= 40)
    if len(long_lines) < 6:
        return None
    width = _p95(long_lines)
    if not 55 <= width <= _MAX_WIDTH or long_lines[-1] > width + _MAX_OVERHANG:
        return None
    near_width = sum(1 for n in long_lines if n >= width - 15)
    return width if near_width >= 0.4 * len(long_lines) else None


def _wrap_width_of(raw: str) -> tuple[int, int | None] | None:
    """The wrap width of ``raw`` (its lines less their trailing white space), and the longest line a wrap made
    (None: any), or None when the text is not hard-wrapped."""
    lengths = [len(line.rstrip(_HORIZONTAL_WS)) for line in raw.split("\n") if len(line) >= 40]
    width = _wrap_width(lengths)
    if width:
        return width, None
    # A WhatDoTheyKnow thread prints the request as typed (a paragraph to a line) above the authority's emails
    # wrapped at ~72 columns (Gwynedd Council: "... as we estimate\nthat the cost of complying"); a PDF letter
    # wrapped at 100 columns is headed by WhatDoTheyKnow's one-line banner of 125. The lines no wrap could make
    # are set aside; enough of the rest at one width is a wrap, and only lines within it were wrapped.
    wrapped = sorted(n for n in lengths if n <= _MAX_WIDTH + _MAX_OVERHANG)
    if len(wrapped) < _MIN_MIXED_WRAPPED_LINES:
        return None
    longest = _p95(wrapped) + _MAX_OVERHANG
    wrapped = [n for n in wrapped if n <= longest]
    width = _wrap_width(wrapped) if len(wrapped) >= _MIN_MIXED_WRAPPED_LINES else None
    if width:
        return width, wrapped[-1]
    return _email_wrap_of(wrapped)


# An email client wraps at 72-78 columns. A reply so wrapped below a request typed with lines of every length, its
# numbered items among them, is a wrap the widths above miss: "you will / receive the information requested within
# the statutory timescale of 20 / working days" (the University of Huddersfield's automatic acknowledgement under a
# seven-item request). Lines of up to the widest in that band count as wrapped, where enough stand close to it.
_EMAIL_WRAP_BAND = (66, 80)
_MIN_EMAIL_WRAPPED_LINES = 6


def _email_wrap_of(lengths: list[int]) -> tuple[int, int] | None:
    band = [n for n in lengths if _EMAIL_WRAP_BAND[0] - 6 <= n <= _EMAIL_WRAP_BAND[1]]
    if not band or max(band) < _EMAIL_WRAP_BAND[0]:
        return None
    width = max(band)
    close = [n for n in band if n >= width - 12]
    return (width, width) if len(close) >= _MIN_EMAIL_WRAPPED_LINES else None


_MIN_MIXED_WRAPPED_LINES = 8


_QUOTATION_ENDS = tuple(stop + mark for stop in ".?!" for mark in "\"\u201d'\u2019")
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A line that is a date and nothing else ("Thursday, 30 July 2009", "30th July 2009").
_DATE_LINE_RE = re.compile(
    rf"(?:{_WEEKDAY_NAME},?[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?[ \t]+"
    + labels_re(MONTH_NAMES, keep_case=True)
    + r",?[ \t]+(?:19|20)\d\d"
)


# The marks a plain-text email quotes a line with: "> ", ">> ", "> > ".
_QUOTE_MARKS = r"[ \t]*>(?:[ \t]*>)*"
_QUOTE_MARKS_RE = re.compile(_QUOTE_MARKS + r"[ \t]?")
_QUOTE_MARK_STARTS = frozenset("> \t")
# A line quoted so: its marks, then what it quotes.
_QUOTED_LINE_RE = re.compile(rf"^(?P<marks>{_QUOTE_MARKS})[ \t]*(?P<content>[^\n]*)", re.M)
# What a quotation's line may start with: a word, a quotation mark or bracket, an item's number ("1. How much ...?",
# "(a) the ..."), or nothing (a quoted blank line).
_QUOTED_CONTENT_RE = re.compile(r"$|[^\W\d_]|[\"'(*\-\u2022]|\d{1,3}[.)](?:\s|$)")


def _quoted_line_edits(raw: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Edits that take the marks off each line a plain-text email (or a Markdown archive) quotes, and the (raw
    offset, depth) of each such line.

    A run of marked lines counts when one of them starts as a quotation does (a word, an item's number, nothing);
    a lone line only when it does and holds three words or more: "> 1. How much did you spend on agency staff?"
    above its answer is a quotation, a table's "> 10 days | 4" or "> Total" is not. The depths are kept for segment,
    which tells a request quoted under a reply from questions quoted one by one above their answers.
    """
    quoted: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in [*_QUOTED_LINE_RE.finditer(raw), None]:
        if m is not None and run and raw.count("\n", run[-1].start(), m.start()) == 1:
            run.append(m)
            continue
        starts_as_quoted = [_QUOTED_CONTENT_RE.match(line.group("content")) is not None for line in run]
        if (len(run) >= 2 and any(starts_as_quoted)) or (
            len(run) == 1 and starts_as_quoted[0] and len(run[0].group("content").split()) >= 3
        ):
            for line in run:
                edits.append((line.start(), line.start("content"), ""))
                quoted.append((line.start("content"), line.group("marks").count(">")))
        run = [m] if m is not None else []
    return quoted


def _opening_words(line: str) -> list[str]:
    """A line's first two words."""
    return line.split(None, 2)[:2]


# A text wrapped at no one width: a letter in a proportional font, its lines of 60 to 110 characters, turned to text
# line by line ("This is an HTML version of an attachment to the Freedom of Information request ..." on
# WhatDoTheyKnow). A sentence broken mid-way goes on in lower case: "I write in response to the above-referenced
# Freedom of Information Act (FOIA) request / submitted on the 2nd November 2018." (Thames Valley Police's letter).
_RUN_ON_MIN_LINE = 65
# (led by the line break itself, which the regex engine finds at C speed: a lookbehind first is tried at every place)
_RUN_ON_RE = re.compile(r"\n[ \t]*(?=[a-z][a-z]+[ \t,.;:)'\u2019-])")
_RUN_ON_LAST_CHAR_RE = re.compile(r"[\w,)'\u2019-]")


def _lowercase_run_ons(raw: str) -> list[tuple[int, int]]:
    """Line breaks (with the spaces around them) inside a sentence that goes on in lower case, under a line long
    enough to be a wrap's."""
    soft = []
    for m in _RUN_ON_RE.finditer(raw):
        line_start = raw.rfind("\n", 0, m.start()) + 1
        body = raw[line_start : m.start()]
        if len(body) < _RUN_ON_MIN_LINE or body.lstrip().startswith(">"):
            continue
        # (the line's last character, its trailing spaces going with the line break)
        line_end = len(body.rstrip(" \t"))
        if not line_end or _RUN_ON_LAST_CHAR_RE.match(body, line_end - 1) is None:
            continue
        next_end = raw.find("\n", m.end())
        if _STARTS_ITEM_RE.match(raw[m.end() : len(raw) if next_end == -1 else next_end]):
            continue
        soft.append((line_start + line_end, m.end()))
    return soft


# An item numbered with a spaced dash ("3 - the evidence ..."): a mark only where the list's numbers follow on, since
# a wrapped line may open with a range ("children aged / 5 - 10 years").
_DASHED_ITEM_RE = re.compile(r"[ \t]*(\d{1,2})[ \t]+[-\u2013][ \t]+\S")
_DASHED_ITEM_REACH = 8  # lines above, within the paragraph, the item before may open


def _next_dashed_item(lines: list[str], i: int, nxt_body: str) -> bool:
    """Whether ``nxt_body``, the line after ``lines[i]``, opens the item after one that opens a line of the paragraph
    above it: "3 - the evidence you relied upon that the claimed virus existed or exists, and / 4 - the evidence you
    relied upon that the claimed virus caused or causes unique harm, and" (a WhatDoTheyKnow request to HM Courts and
    Tribunals Service, above the service's emails wrapped at 72 columns)."""
    following = _DASHED_ITEM_RE.match(nxt_body)
    if following is None:
        return False
    for k in range(i, max(-1, i - _DASHED_ITEM_REACH), -1):
        above = lines[k]
        if not above.strip():
            return False
        item = _DASHED_ITEM_RE.match(above)
        if item is not None:
            return int(item.group(1)) + 1 == int(following.group(1))
    return False


def _soft_newlines(raw: str, width: int, longest: int | None = None) -> list[tuple[int, int]]:
    """Newline positions (with the next line's indentation) that a wrap inserted, to become one space;
    ``longest``: a line longer than this is not wrapped text."""
    soft: list[tuple[int, int]] = []
    pos = 0
    lines = raw.split("\n")
    for i, line in enumerate(lines[:-1]):
        nl = pos + len(line)
        pos = nl + 1
        body = line.rstrip()
        if len(body) < width * 0.6 or (longest is not None and len(body) > longest):
            continue
        nxt = lines[i + 1]
        quote_marks = _QUOTE_MARKS_RE.match(line) if line[:1] in _QUOTE_MARK_STARTS else None
        if quote_marks is not None:
            # A plain-text email quotes the message it answers a line at a time, each line wrapped under "> " ("> 2.
            # Which case management system do you use for children's social / > care, and who supplies it?"): lines
            # at one depth of quoting are wrapped as any others, judged without their marks; the marks of the line
            # joined go with its line break, and a line at another depth is another message.
            next_marks = _QUOTE_MARKS_RE.match(nxt)
            if next_marks is None or next_marks.group().count(">") != quote_marks.group().count(">"):
                continue
            nxt = nxt[next_marks.end() :]
            pos_of_nxt_body = pos + next_marks.end()
            content = body[quote_marks.end() :]
        else:
            pos_of_nxt_body = pos
            content = body
        nxt_body = nxt.lstrip()
        # (a colon and a dash ends a line as a colon does: "I have responded to the specific issues you have raised as
        # follows:- / (i) / Enforcement investigations/actions taken under ...", the Department for Infrastructure's
        # letter on WhatDoTheyKnow)
        if not nxt_body or body.endswith((":", "?", ":-", ":\u2013")) or _STARTS_ITEM_RE.match(nxt_body):
            continue
        if nxt_body[:1].isdigit() and _next_dashed_item(lines, i, nxt_body):
            continue
        if longest is not None and len(nxt_body.rstrip()) > 2 * longest:
            # A wrap's next line is about as long as the wrap at most: a line twice as long as any wrapped one is a
            # paragraph typed on one line, and the line above ended where it was typed to ("* Number of applicants
            # applying each year who have ticked the time spent in care box on UCAS" above the reply's paragraph of
            # 700 characters, Royal Holloway, University of London restating the request on WhatDoTheyKnow). (A line
            # a little longer may be a wrapped paragraph's last two lines joined: "flexible working time), corporate
            # website, ..." of 114 characters in a request wrapped at 67, to the DCLG on WhatDoTheyKnow.)
            continue
        if body.endswith(_QUOTATION_ENDS):
            # A quotation that ends its sentence ends the paragraph: the request a reply quotes, its last item
            # 'team."', above the reply's heading "DWP Response" (the Department for Work and Pensions).
            continue
        if body.endswith((".", "!", "?")) and _DATE_LINE_RE.fullmatch(nxt_body.rstrip()):
            # A letter's date line under a sentence: "This is an HTML version of an attachment to the Freedom of
            # Information request 'OGC Gateway Reviews'. / Thursday, 30 July 2009" (WhatDoTheyKnow's banner above the
            # National Policing Improvement Agency's letter).
            continue
        if body.endswith(",") and _GREETING_START_RE.match(content):
            continue  # "Dear West Midlands Ambulance Service University NHS Foundation Trust," is as long as a wrap
        if _QUESTION_HEADING_RE.match(content) and nxt_body[:1].isupper():
            # A reply's heading restating a question, its answer below: "Question 2 - DPIA documentation or data
            # sharing agreements relevant to this case / I can confirm that the NHSBSA holds the information you have
            # requested" (the NHS Business Services Authority). A question wrapped goes on in lower case.
            continue
        if _REPLY_OPENS_RE.match(nxt_body) and not body.endswith((".", ",", ";", ":")):
            # The reply's first sentence under a request item the page cut mid-sentence: "3) The overall number of EU
            # academic staff currently working at Sussex (this one is less / Your request has been dealt with under
            # the Freedom of Information Act 2000" (the University of Sussex's letter, a PDF on WhatDoTheyKnow).
            continue
        if _REPLY_HEADING_RE.fullmatch(nxt_body.rstrip()):
            # The reply's heading under the request's last item, which has no stop: "3. Monitoring requirements you
            # have for users, eg if you record or may record their Internet usage / University Response" (Middlesex
            # University's letter in a PDF whose lines run on with no blank between).
            continue
        # (a line ending in "e.g." ends no sentence: "3. Provide a full list of the categories of websites blocked (e.g.
        # / "pornography, gambling, phishing etc.")", a WhatDoTheyKnow request to Heythrop College)
        ends_sentence = body.endswith((".", ";", "!", "|")) and not body.lower().endswith(_ABBREVIATIONS_BEFORE_MORE)
        if longest is not None and (ends_sentence or nxt_body.startswith("|")):
            # Beside unwrapped text, a line that ends a sentence or a table row may be a paragraph of its own
            # ("1.4. If you are able ...: The availability of NPAS;" above "1.5. ..."); left as it is.
            continue
        if longest is not None and _short_lines_listed(lines, i + 1, width):
            # Beside unwrapped text, short lines in capitals one under another are a list typed a line to an item,
            # its first item as long as a wrap: "namely: / All Papers and Reports provided to or created by the Working
            # Group / Agendas / Minutes of meetings / Any Amendments to the Terms of Reference." (a WhatDoTheyKnow
            # request to Shepway District Council). A wrap's short line ends its paragraph.
            continue
        if (
            longest is not None
            and nxt_body[:1].isupper()
            and nxt_body.rstrip().endswith(":")
            and _STARTS_ITEM_RE.match(content.lstrip())
        ):
            # Beside unwrapped text, an item typed on one line above the introduction of the next list: "- Total
            # trust spend with the internal trust bank or associated external provider for locum doctors / Please
            # provide a further breakdown for locum doctors by:" (Medway NHS Foundation Trust's log).
            continue
        if nxt_body[:1].isupper() and _opening_words(nxt_body) == _opening_words(content.lstrip()):
            # Lines opening with the same two words are items of one list typed a line to an item: "How many people
            # responded face to face or at the drop in sessions / How many people responded online" (a WhatDoTheyKnow
            # request to Redbridge Borough Council).
            continue
        first_word = nxt_body.split(None, 1)[0]
        # The classic test: the next line's first word would not have fitted on this line. A PDF wraps by the width
        # of its glyphs, not of characters, so a line that ends no sentence above one going on in lower case is
        # wrapped too: "How many staff members use body cameras and what capacities/teams do / they work in?" (Mendip
        # District Council's letter, a PDF on WhatDoTheyKnow).
        if len(body) + 1 + len(first_word) > width * 0.92 or (
            first_word.isalpha() and first_word.islower() and body[-1].isalnum()
        ):
            start = nl - (len(line) - len(body))
            end = pos_of_nxt_body + (len(nxt) - len(nxt_body))
            soft.append((start, end))
    return soft


def _short_lines_listed(lines: list[str], at: int, width: int) -> bool:
    """Whether ``lines[at]`` and the line under it are short (under 60% of ``width``) and start with a capital letter,
    the first with no stop: a wrap's last line ends its sentence ("... during the period of the court martial of Flt /
    Lt Andrew Townshend. / For clarity:", the Service Prosecuting Authority quoting a request)."""
    if at + 1 >= len(lines):
        return False
    first, second = lines[at].strip(), lines[at + 1].strip()
    return not first.endswith((".", "?", "!", ":", ";", ",")) and all(
        line[:1].isupper() and len(line) < width * 0.6 for line in (first, second)
    )


# Abbreviations that announce more of the sentence: a line ending in one is no sentence's end.
_ABBREVIATIONS_BEFORE_MORE = (" e.g.", "(e.g.", " i.e.", "(i.e.", " eg.", "(eg.", " ie.", "(ie.")


_INNER_TAB_RE = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")

# A line that starts a numbered item, and the next number inside it after the end of a sentence. The line's
# newline leads the pattern: a scan for a literal first character is several times faster than "^" under re.M.
# (items marked "1/", "2/" too: "... the following documentation:- 1/ All relevant legislature at the time of this
# inspection. 2/ Estyn Inspector Disclosure Policy ... prior to inspection 3/ The disclosure made ...", Estyn's letter
# flattened into one line; a slash marks an item wherever it stands, a stop or bracket only after a sentence)
# (and after a question, an item in lower case: "1. is Garth Isaf Farm ... a Landfill site regulated by Natural
# Resources ? If not why not? 2. has this site been registered with the WRA? 3. is Landfill Tax ... payable ...", the
# Welsh Revenue Authority restating a request)
_NUMBERED_LINE_RE = re.compile(r"\n[ \t]*(\d{1,2})[./)][ \t]+[A-Za-z(][^\n]*")
_NUMBERED_START_RE = re.compile(r"[ \t]*(\d{1,2})[./)][ \t]+[A-Za-z(]")
_INLINE_NUMBER_RE = re.compile(
    r"(?:(?<=[.?!):\"'*])[ \t]+(\d{1,2})[.)][ \t]+(?=[A-Z])|(?<=\?)[ \t]+(\d{1,2})[.)][ \t]+(?=[a-z])"
    r"|(?<=\S)[ \t]+(\d{1,2})/[ \t]+(?=[A-Z]))"
)
_INLINE_FIRST_RE = re.compile(r"(?<=\S)[ \t]+(1)[./][ \t]+(?=[A-Z])")


def _run_together_item_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """A line break before each next number of a numbered list printed on one line: Police Scotland's reply
    replicates nine questions as "1. Please provide ... 2. Please provide ...", a disclosure log prints "... nursing
    care***? 3. How many older (65+) residents ...". Only the numbers that follow on (2 after 1, 3 after 2), each
    after the end of a sentence and before a capital, so a figure in a sentence ("in 2019. 2 of them") stays.

    A list may also start inside its line, after a title ("Reorganisation, Devolution & Election Postponement 1.
    Please identify ... 2. Please confirm ..."): then "1." needs a "2." and a "3." to follow on."""
    for line in _NUMBERED_LINE_RE.finditer("\n" + raw):  # (offsets in raw are one less)
        edits.extend(_next_numbers_edits(raw, line.start(), line.end() - 1, int(line.group(1)) + 1))
    for headed in _HEADING_BEFORE_NUMBER_RE.finditer(raw):
        # A section's heading run into the next item of the list above: "7. Please provide the contract start and end
        # date ...? / Vendor Management System for Nurse Agency 5. Does the organisation use a third-party Vendor
        # Management System ...? No" (the same letter): the item after the line above's number.
        number = int(headed.group("num"))
        above_end = headed.start() - 1
        above_start = raw.rfind("\n", 0, max(0, above_end)) + 1
        above = _NUMBERED_START_RE.match(raw, above_start) if above_end > 0 else None
        if above is not None and int(above.group(1)) == number - 1:
            edits.append((headed.start("space"), headed.end("space"), "\n"))
            line_end = _line_end(raw, headed.end())
            edits.extend(
                (start, end, "\n") for start, end in _numbers_following_on(raw, headed.end(), line_end, number + 1)
            )
    if " 1. " not in raw and " 1/ " not in raw:
        return
    for first in _INLINE_FIRST_RE.finditer(raw):
        line_end = _line_end(raw, first.end())
        if _NUMBERED_START_RE.match(raw, raw.rfind("\n", 0, first.start()) + 1):
            continue  # the line starts a list of its own, split above
        breaks = _numbers_following_on(raw, first.end(), line_end, 2)
        if _enough_breaks_for_a_list(raw, len(breaks), line_end):
            edits.extend((start, end, "\n") for start, end in [(first.start(), first.start(1)), *breaks])
        elif (
            _FIELD_LABEL_RE.fullmatch(raw, raw.rfind("\n", 0, first.start()) + 1, first.start())
            or raw[first.start() - 1] in ".:?"
        ) and _SECOND_ITEM_RE.match(raw, line_end + 1):
            # A field's label with the first item run on after it, the next on a line of its own: "Response: 1.
            # The GLAA does not hold this complete data ... / 2. To date there have been three allegations", and
            # "Question(s): 1. Could you clarify what "general issues" are. ... / 2. For "total issues related to an
            # allegation", could you tell me ..." (the Gangmasters and Labour Abuse Authority's log, two years apart).
            # Or after the sentence introducing the list: "Request / Please provide the following information. 1. Please
            # provide the record from the organisation's Contract Register ... / 2. Please provide the following
            # information for the current maintenance and licensing agreement ..." (Oxford University Hospitals NHS
            # Foundation Trust's disclosure log).
            edits.append((first.start(), first.start(1), "\n"))


# A heading of capitalised words, no stop, run into an item's number: "Vendor Management System for Nurse Agency 5. Does
# the organisation use ...?".
_HEADING_BEFORE_NUMBER_RE = re.compile(
    r"(?<=\n)[ \t]*[A-Z][A-Za-z&'\u2019]*(?:[ \t]+(?:[A-Z][A-Za-z&'\u2019-]*|and|of|for|to|the|in|on)){1,9}"
    r"(?P<space>[ \t]+)(?P<num>\d{1,2})\.[ \t]+(?=[A-Z])"
)


# A list whose "1." was lost (a web form's list markup, or a PDF's automatic numbering, dropped as the page was
# flattened), its first question left opening the line and the run from "2." after it: "How many unfixed potholes are
# there currently recorded under the council authority? 2. How much has the council spent on pothole repairs ...? /
# 3. How much has the council paid out ..." (Scottish Borders Council's log); "How many potholes were reported to the
# Council between 01/01/2023 and 31/12/2023? Jan 56 Feb 35 ... Total 464 2. How many potholes were repaired ...? ...
# 3. ..." (Merthyr Tydfil County Borough Council's log, each answer run on after its question). The line opens with
# the question, and two numbers follow on from 2 ("3." may open the next line).
# Or its "1" kept and its stop lost: "1 How often have physical restraints used on mental health patients ... been
# recorded as 'adverse events' in each of the past four years? ... 2. How many injuries ...? ... 3. How many deaths
# ...?" (NHS Greater Glasgow and Clyde's letter, the request it restates on one line): the stop goes back in.
_LOST_FIRST_NUMBER_LINE_RE = re.compile(r"[ \t*_]*(?P<bare>1[ \t]+)?[A-Z][^\n?]{10,300}\?")
_THIRD_ITEM_RE = re.compile(r"[ \t]*3[.)][ \t]+[A-Z]")


def _enough_breaks_for_a_list(raw: str, breaks: int, line_end: int) -> bool:
    """Whether ``breaks`` numbers found on a line ending at ``line_end`` (from "2." on) make it a list run together:
    two, or one with "3." opening the line below ("Sourced Staffing Arrangements 1. Do you have a master vendor ...? We
    have one agency contract ... RMN 2. What is the name of the MV/NV providers ...? Medacs / 3. As part of the
    arrangement, ...?", Gloucestershire Health and Care NHS Foundation Trust's letter, a PDF's section headings run
    into its items)."""
    return breaks >= 2 or (breaks == 1 and _THIRD_ITEM_RE.match(raw, line_end + 1) is not None)


def _line_end(raw: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (the text's end on its last line)."""
    end = raw.find("\n", pos)
    return len(raw) if end == -1 else end


def _lost_first_number_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """A line break before each number of a list run on after its first question, whose "1." was lost (see above)."""
    lines_read: set[int] = set()
    at = raw.find(" 2. ")
    while at != -1:
        line_start = raw.rfind("\n", 0, at) + 1
        opening = _LOST_FIRST_NUMBER_LINE_RE.match(raw, line_start, at) if line_start not in lines_read else None
        lines_read.add(line_start)
        if opening is not None and " 1. " not in raw[opening.end() : at]:
            line_end = _line_end(raw, at)
            found = _next_numbers_edits(raw, opening.end(), line_end, 2)
            if _enough_breaks_for_a_list(raw, sum(repl == "\n" for _start, _end, repl in found), line_end):
                edits.extend(found)
                if opening.group("bare"):
                    one = opening.start("bare")
                    edits.append((one, one + 1, "1."))
        at = raw.find(" 2. ", at + 4)


# A numbered list whose numbers lost the space after their stop, run on through a wrapped paragraph: "1.How many
# students were offered by each colleges in 2024 entry 2.How many Chinese / students were offered by each colleges in
# 2024 entry 3.How many students (and chinese / students) are offered to each course in each college?" (the University
# of Oxford's reply letter on WhatDoTheyKnow, the request as a PDF's text). The paragraph opens with "1." glued to a
# capitalised word, and "2." and "3." glued likewise follow on inside it: a line break before each. A glued number
# elsewhere ("version 2.0", "section 2.The") has no such run.
_GLUED_FIRST_ITEM_RE = re.compile(r"(?<=\n)[ \t]*1\.(?=[A-Z][a-z])")
_GLUED_NEXT_ITEM_RE = re.compile(r"(?<=[\w?.)])([ \t]+)(\d{1,2})\.(?=[A-Z][a-z])")
_GLUED_LIST_LINES = 6  # lines of the paragraph read for the numbers following on


def _glued_list_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """A line break before each next number of a list glued to its items' words (see above)."""
    for first in _GLUED_FIRST_ITEM_RE.finditer("\n" + raw):  # (offsets in raw are one less)
        start = first.end() - 1
        end = start
        for _ in range(_GLUED_LIST_LINES):
            line_end = _line_end(raw, end)
            following = raw[line_end + 1 : _line_end(raw, line_end + 1)] if line_end < len(raw) else ""
            end = line_end
            if not following.strip() or _NUMBERED_START_RE.match(following):
                break
            end = line_end + 1
        breaks = []
        expected = 2
        for m in _GLUED_NEXT_ITEM_RE.finditer(raw, start, end):
            if int(m.group(2)) == expected:
                breaks.append((m.start(1), m.end(1)))
                expected += 1
        if len(breaks) >= 2:
            edits.extend((space_start, space_end, "\n") for space_start, space_end in breaks)


# A part's mark, a letter or a roman numeral in brackets, alone on its line above the part's words: "I have responded to
# the specific issues you have raised as follows:- / (i) / Enforcement investigations/actions taken under the Drainage
# (NI) Order 1973 in last 5 years and outcomes. / The number of ... / (ii) / Responses to (i) above ..." (the Department
# for Infrastructure's letter on WhatDoTheyKnow, a PDF's text): the mark goes on the line it marks.
_LONE_PART_MARK_RE = re.compile(
    r"(?:(?<=\n)|^)[ \t]*\((?:[a-h]|i{1,3}|iv|v|vi{1,3}|ix|x)\)(?P<gap>[ \t]*\n[ \t]*)(?=[A-Z])"
)


# A list of bare numbers run onto one line, each before a capitalised word, under its introduction's colon: "... in the
# following categories: / 1 Gender 2 Religion 3 Nationality 4 Reason for detention" (Norfolk Constabulary's letter, its
# list flattened). Three items at least, counting from 1, and no other figure on the line.
_BARE_NUMBERED_LINE_RE = re.compile(r"\n[ \t]*1[ \t]+[A-Z][^\d\n]*(?:[ \t]\d[ \t]+[A-Z][^\d\n]*){2,}(?=\n|$)")
_BARE_NUMBER_RE = re.compile(r"[ \t]+(\d)[ \t]+(?=[A-Z])")


def _bare_numbered_line_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """A line break before each next number of a list of bare numbers on one line (``_BARE_NUMBERED_LINE_RE``)."""
    if "1 " not in raw:
        return
    for line in _BARE_NUMBERED_LINE_RE.finditer("\n" + raw):  # (offsets in raw are one less)
        start, end = line.start(), line.end() - 1
        above = start
        while above > 0 and raw[above - 1] in " \t\n":
            above -= 1
        if raw[above - 1 : above] != ":":
            continue
        numbers = list(_BARE_NUMBER_RE.finditer(raw, start, end))
        if [int(m.group(1)) for m in numbers] == list(range(2, len(numbers) + 2)):
            edits.extend((m.start(), m.start(1), "\n") for m in numbers)


# A request flattened onto one long line (a page or a PDF turned into a paragraph): its numbered items glued to the
# sentence before ("Could you provide me with:1) The number of agency social work project teams ... commissioned
# for.2) The spend by the local authority ...", the London Borough of Barnet's published request), or its lettered
# items run on ("Please would you provide me with: 1. A record of all books taken out ... Please include: a) The ISBN
# of the book b) The title c) The number of times it was loaned out d) Whether the book is fiction or non-fiction
# Response: In order to determine this ...", Rutland County Council's letter): a line per item again, and the
# answers' label after the last on a line of its own.
_FLATTENED_LINE = 300  # characters: a list inside a line this long is a page run together, not a sentence
_GLUED_NUMBER_RE = re.compile(r"(?<=[:.?!])(\d{1,2})\)[ \t]*(?=[A-Z])")
_INLINE_DOTTED_NUMBER_RE = re.compile(r"[ \t]+(\d{1,2})\.[ \t]+(?=[A-Z])")
# (or from a "1." after a log's label for the questions: "FOI 5268 Q&A 1. How many properties ...? - 121 2. How many
# social homes ...? - 213 3. ...", Slough Borough Council's monthly log run together on a document site)
_QUESTIONS_LABEL_BEFORE_RE = re.compile(r"(?<![\w&])(?:Q&A|Q|Questions?)$")
# (or each letter with a stop and a dash: "Dear Transport for London, O365 Licencing Questions:- a.- Which Microsoft
# O365 do you use eg E3,E5? b.- Do you use the NHS-shared O365 tenant? c.- ...", a request on TfL's published page)
_INLINE_LETTER_RE = re.compile(r"[ \t]+([a-h])(?:\)|\.[-\u2013])[ \t]+(?=[A-Z])")
# Or bare, each after a sentence's end, from a "1" after a colon: "Question/Response: 1 How much did St Andrew's
# Community Hospital cost? The final construction cost was £27m. 2 How much did the day surgery unit ... cost? ..."
# (NHS Fife's letter as a document site's text, every line run together). Three at least.
_INLINE_BARE_NUMBER_RE = re.compile(r"(?<=[.?!:])[ \t]+(\d{1,2})[ \t]+(?=[A-Z])")
# (an item's first word may be in lower case, or glued to its bracket: "... we have provided you with the data. 2) of
# those who died of any causes this year ...? ... 3)Of those admitted to hospital in 2021 ...?", Somerset NHS Foundation
# Trust's letter on a PDF host; the run of numbers, each after a sentence's end, is the list)
_INLINE_BRACKETED_NUMBER_RE = re.compile(r"[ \t]+(\d{1,2})\)[ \t]*(?=[A-Za-z])")
# Or bracketed, the first opening the line, each item's answer after it under its label: "(a) Please provide the names
# of any local community or business groups that have applied ... Response: None (b) Please provide the names of any
# ... Response: None (c) ..." (Allerdale Borough Council's monthly disclosure log).
# Bracketed numbers likewise, the first after a colon: "The information I request is as follows: (1) Statistics on the
# number and species of animals used in research ... (2) A breakdown of ..." (the Royal Veterinary College's letter on
# docslib, a PDF's lines run together).
_INLINE_BRACKETED_RE = re.compile(r"[ \t]+(\(([a-h]|\d{1,2})\))[ \t]+(?=[A-Z])")
_FIRST_BRACKETED_RE = re.compile(r"\((?:a|1)\)[ \t]+[A-Z]")
_ITEM_THEN_ANSWER_RE = re.compile(
    r"[ \t]*\(?(?:\d{1,2}|[a-h])[.)][ \t]+[A-Z][^\n]*?[.?!][ \t]+(?:Response|Answer|Reply)[ \t]*:[ \t]+\S"
)
_FIRST_AFTER_COLON_RE = re.compile(r"(?<=:)[ \t]+(?=1[.)][ \t]+[A-Z])")
# Or each item under its word and number, its answer under its label, a letter run together on a document site:
# "... Director of eHealth – NHS Lothian. Question:1. What is the trust's overall budget for 2012/13? Answer:NHS
# Lothian's budget for 2012/12 is £1,244,000,000. Question:2. Please complete the table below ... Answer:Category ..."
# (NHS Lothian's reply on ICT spending). Two at least, from 1.
_INLINE_QUESTION_LABEL_RE = re.compile(r"[ \t]+(Question[ \t]*:?[ \t]*(\d{1,2})[.:)]?)[ \t]*(?=[A-Z])")
_INLINE_GLUED_ANSWER_LABEL_RE = re.compile(r"[ \t]+(?=(?:Response|Answer|Reply)[ \t]*:[ \t]*[A-Z£\d])")
# (or the heading with no colon after a sentence's end: "... and number that receive offers. Response Thank you for
# your enquiry to Downing College.")
_INLINE_ANSWERS_LABEL_RE = re.compile(
    r"[ \t]+(?=(?:Response|Answer|Reply|Our response)[ \t]*:[ \t]+[A-Z])"
    r"|(?<=[.?!])[ \t]+(?=(?:Response|Answer|Reply|Our response)[ \t]+[A-Z])"
)


# A list whose first items a page ran onto the line that introduces it, the rest on a line each: "... regarding your
# Financial Management/ERP system: * What Financial Management/ERP System does the council use?* Who is ultimately
# responsible for the system (name and title)? / * How many users access the system across the council?" (Scottish
# Borders Council's disclosure log, its first two questions lost in the request's sentence).
_INLINE_BULLET_RE = re.compile(r"(?<=[:?.!])[ \t]*([*•])[ \t]+(?=[A-Z])")


def _inline_bullet_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """Line breaks before the bullets run onto a list's introduction, when the next line is a bullet of the glyph."""
    lines = list(_line_spans(raw))
    for i, (start, end, line) in enumerate(lines):
        if ": * " not in line and ": • " not in line:
            continue
        following = next((text for _start, _end, text in lines[i + 1 : i + 3] if text.strip()), "").lstrip()
        glyph = following[:1]
        if glyph not in "*•" or following[1:2] not in (" ", "\t") or f": {glyph} " not in line:
            continue
        hits = [m for m in _INLINE_BULLET_RE.finditer(raw, start, end) if m.group(1) == glyph]
        first = next((k for k, m in enumerate(hits) if raw[m.start() - 1] == ":"), None)
        for m in hits[first:] if first is not None else ():
            if m.start() < m.start(1):
                edits.append((m.start(), m.start(1), "\n"))
            else:
                edits.append((m.start(1), m.start(1) + 1, "\n" + glyph))


# Bullets run together inside a bulleted list, line breaks lost between them: "  • Suppliers who applied for
# inclusion on each framework/contract and were successful & not successful at the PQQ & ITT stages • Actual spend
# on this contract/framework ... • Start date & duration of framework/contract?" between bullets on lines of their
# own (the University of Wolverhampton's disclosure log). Only a round bullet: a dash or a star inside a line is a
# hyphen, a range or a footnote mark; and only where the line and one next to it are items of the same list.
_RUN_TOGETHER_BULLET_RE = re.compile(r"[ \t]+(?=•[ \t]+[A-Z])")


def _run_together_bullet_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """Line breaks before the round bullets run onto another item of a list of round bullets."""
    lines = [(start, end, line) for start, end, line in _line_spans(raw) if line.strip()]
    for i, (start, end, line) in enumerate(lines):
        if not line.lstrip().startswith("• ") or line.count("•") < 2:
            continue
        neighbours = [text for _start, _end, text in lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]]
        if not any(text.lstrip().startswith("• ") for text in neighbours):
            continue
        first = start + line.index("•") + 1
        for m in _RUN_TOGETHER_BULLET_RE.finditer(raw, first, end):
            edits.append((m.start(), m.end(), "\n"))


# A dashed list whose first dash stayed on the line introducing it, that item's words on the next line alone: "...
# including the following fields: - / Billing Authority Property Reference Code ... / - Firm's Trading Name ... / -
# Full Property Address ..." (Herefordshire Council's published FOI release). The dash goes back to its item. Not
# the ":-" that ends an introduction above a paragraph introducing the list ("you asked us to provide the following
# information:- / In terms of the Freedom of Information Act of 2000, ... including the following fields: / - Billing
# Authority Property Reference Code ...", Southend-on-Sea Borough Council's letter): an item ends with no colon.
_STRANDED_DASH_RE = re.compile(
    r":([ \t]*-)[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*[A-Z][^\n]*(?<![:\s])[ \t]*\n(?:[ \t]*\n)*[ \t]*-[ \t]+[A-Z])"
)


def _html_tag_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """HTML tags out of a text that holds a few of them."""
    tags = list(_HTML_TAG_RE.finditer(raw))
    if len(tags) < _FEWEST_HTML_TAGS:
        return
    for m in tags:
        joins_words = (
            m.group("block") is not None
            and m.start() > 0
            and m.end() < len(raw)
            and not raw[m.start() - 1].isspace()
            and not raw[m.end()].isspace()
            and raw[m.end()] != "<"
        )
        edits.append((m.start(), m.end(), " " if joins_words else ""))


def _stranded_dash_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """The first dash of a list moved from its introduction's end to the start of its item's line."""
    for m in _STRANDED_DASH_RE.finditer(raw):
        breaks = "\n\n" if raw.count("\n", m.end(1), m.end()) >= 2 else "\n"
        edits.append((m.start(1), m.end(), breaks + "- "))


# A page's dashed list of fields whose next field's name ran onto the end of the value above it: "- Request or Question
# / - / In respect of a flood incident ... 8. Any and all other correspondence and/or documentation related to the
# Insured and the Loss Address. - Response / - / Firstly, I would like to apologise for the delay in responding."
# (Scottish Borders Council's disclosure log). The field's name goes back to a line of its own.
_DASH_FIELD_LINE_RE = re.compile(r"^-[ \t]+[A-Z][A-Za-z ]{1,40}$", re.M)
_RUN_ON_DASH_FIELD_RE = re.compile(r"(?<=[.?!])([ \t]+)-[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,3}[ \t]*$", re.M)
_FEWEST_DASH_FIELDS = 3  # field names a dash each on their own lines: a page that lists its fields so


def _run_on_dash_field_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """A line break before a dashed field's name run onto the end of the field above."""
    if len(_DASH_FIELD_LINE_RE.findall(raw)) < _FEWEST_DASH_FIELDS:
        return
    for m in _RUN_ON_DASH_FIELD_RE.finditer(raw):
        edits.append((m.start(1), m.end(1), "\n"))


# A list's bullets lost to straight quotes and run onto the line introducing it: "... business rates credits you
# currently hold for businesses including: " The company name for whom the credit exists " The start date of the
# business rates account " If the account is still live ..." (Portsmouth City Council's published FOI release). A
# quotation opens on its word ("the "Occupation / Vacancy" status"); a lost bullet stands apart from it.
_QUOTE_BULLET_RE = re.compile(r"(?<=[:\s])\"[ \t]+(?=[A-Z])")
_MIN_QUOTE_BULLETS = 3


def _quote_bullet_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """Line breaks and round bullets for a list's straight-quote bullets run onto its introduction's line."""
    for start, end, line in _line_spans(raw):
        colon = line.find(': "')
        if colon == -1:
            continue
        bullets = list(_QUOTE_BULLET_RE.finditer(raw, start + colon + 1, end))
        if len(bullets) < _MIN_QUOTE_BULLETS or line.count('"', colon) != len(bullets):
            continue
        for m in bullets:
            edits.append((m.start() - 1 if raw[m.start() - 1] in " \t" else m.start(), m.end(), "\n\u2022 "))


# A PDF's lines each followed by a blank line (the Scottish Information Commissioner's decisions as some sites convert
# them: "... a document that it states was sent from Alice / (blank) / Macleod the then Senior Nurse ..."), a
# paragraph's end two blank lines or more. Told by its sentences going on in lower case under a blank line, at least
# _FEWEST_DOUBLE_SPACED_RUN_ONS of them, and never under no blank line.
# (each line break before a line in lower case, with or without a blank line between, found from the break: a pattern
# opening on the line's 50 characters would be tried at every character)
_LOWER_CASE_BELOW_RE = re.compile(r"\n(?P<blank>[ \t]*\n)?[ \t]*(?=[a-z])")
_FEWEST_DOUBLE_SPACED_RUN_ONS = 3
_ONE_BLANK_LINE_RE = re.compile(r"(?<=[^\n])[ \t]*\n[ \t]*\n(?![ \t]*\n)(?=[ \t]*\S)")
_DOUBLE_SPACED_MIN_LINE = 50  # characters: a shorter line above one blank line ends there


def _double_spaced_edits(raw: str, edits: list[tuple[int, int, str]]) -> bool:
    """A space for each single blank line of a double-spaced text where the sentence goes on past the line above (a
    line of ``_DOUBLE_SPACED_MIN_LINE`` or more not ending a sentence, no item below); whether the text is
    double-spaced (then not read as wrapped otherwise)."""
    run_ons = 0
    for m in _LOWER_CASE_BELOW_RE.finditer(raw):
        line = raw[raw.rfind("\n", 0, m.start()) + 1 : m.start()]
        if len(line) <= _DOUBLE_SPACED_MIN_LINE or line[-1] in ".?!:;":
            continue
        if m.group("blank") is None:
            return False  # a sentence going on under no blank line: not double-spaced
        run_ons += 1
    if run_ons < _FEWEST_DOUBLE_SPACED_RUN_ONS:
        return False
    for m in _ONE_BLANK_LINE_RE.finditer(raw):
        line = raw[raw.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        below_end = raw.find("\n", m.end())
        below = raw[m.end() : below_end if below_end != -1 else len(raw)].lstrip()
        if len(line) >= _DOUBLE_SPACED_MIN_LINE and line[-1:] not in ".?!:;" and not _STARTS_ITEM_RE.match(below):
            edits.append((m.start(), m.end(), " "))
    return True


def _flattened_list_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """Line breaks before the items of a list run together inside a flattened line (see above)."""
    for start, end, line in _line_spans(raw):
        if len(line) < _FLATTENED_LINE:
            if ":" in line and _ITEM_THEN_ANSWER_RE.match(line):
                # one item with its answer after it ("(f) Please provide the names of any neighbourhood plans that
                # have been submitted for examination. Response: None", Allerdale Borough Council's log)
                label = _INLINE_ANSWERS_LABEL_RE.search(raw, start, end)
                if label is not None:
                    edits.append((label.start(), label.end(), "\n"))
            continue
        labelled = _labelled_question_breaks(raw, start, end)
        if labelled:
            edits.extend(labelled)
            continue
        breaks: list[tuple[int, int, str]] = []
        # "... in a table format: 1. Total number of gap year applicants, number offered interviews and number
        # receiving offers 2. Total number of gap year applicants offering A levels ..." (Downing College's
        # disclosure log, a page run together): numbers with no sentence's end before them, one after the other from
        # a "1." after a colon, each before a capital; three at least.
        # Or two at least, each after a sentence's end: "... leased by your authority as of August 2025. 1. Total
        # number of road-legal vehicles ... registered for use on public roads. 2. A Breakdown of the different fuel
        # types ..." (Oxford Direct Services' FOI release, its two answers numbered "1)" and "2)" below).
        dotted: list[re.Match[str]] = []
        after_stops: list[re.Match[str]] = []
        for m in _INLINE_DOTTED_NUMBER_RE.finditer(raw, start, end):
            number, before = int(m.group(1)), raw[m.start() - 1]
            if number == len(dotted) + 1 and (
                dotted or before == ":" or _QUESTIONS_LABEL_BEFORE_RE.search(raw, max(start, m.start() - 8), m.start())
            ):
                dotted.append(m)
            if number == len(after_stops) + 1 and before in ".:?!":
                after_stops.append(m)
        # (two from a "1." straight after the colon do: "Specifically, I am requesting the following information for
        # each year from 2019 to 2024: 1. The total number of cyberattacks detected ... 2. A breakdown of the types of
        # cyberattacks experienced, ...", Oxford City Council's FOI release run together)
        if len(dotted) >= 3 or (len(dotted) == 2 and raw[dotted[0].start() - 1] == ":"):
            breaks.extend((m.start(), m.start(1), "\n") for m in dotted)
        elif len(after_stops) >= 2:
            breaks.extend((m.start(), m.start(1), "\n") for m in after_stops)
        elif len(bare := _bare_number_run(raw, start, end)) >= 3:
            breaks.extend((m.start(), m.start(1), "\n") for m in bare)
        elif ")" in line:
            # Numbers in brackets, three at least, each after the last item's sentence: "Your original request ...
            # asked for disclosure of, 1) Copies of all funding applications ... 24th March 2011. 2) A copy of any
            # assessment and scoring criteria ... funded. 3) Any correspondence from BIS ..." (the Department for
            # Business, Innovation and Skills' review letter, a PDF run together on a document site).
            bracketed_numbers: list[re.Match[str]] = []
            for m in _INLINE_BRACKETED_NUMBER_RE.finditer(raw, start, end):
                if int(m.group(1)) == len(bracketed_numbers) + 1 and (
                    not bracketed_numbers or raw[m.start() - 1] in ".?!;"
                ):
                    bracketed_numbers.append(m)
            if len(bracketed_numbers) >= 3:
                breaks.extend((m.start(), m.start(1), "\n") for m in bracketed_numbers)
        glued: list[tuple[int, int, str]] = []
        run: list[re.Match[str]] = []
        if ")" in line:
            for m in _GLUED_NUMBER_RE.finditer(raw, start, end):
                if int(m.group(1)) == len(glued) + 1:
                    glued.append((m.start(), m.start() + 1, "\n" + raw[m.start()]))
            if len(glued) >= 2:  # a "1)" alone is no list
                breaks.extend(glued)
        if ")" in line or ".-" in line or ".\u2013" in line:
            for m in _INLINE_LETTER_RE.finditer(raw, start, end):
                # (the run ends at "h)": a ninth item has no letter of the class to follow on with; the first after the
                # introduction's colon, or its colon and dash)
                if (
                    len(run) < 8
                    and m.group(1) == "abcdefgh"[len(run)]
                    and (run or raw[m.start() - 1] == ":" or raw[m.start() - 2 : m.start()] in {":-", ":\u2013"})
                ):
                    run.append(m)
        if len(run) >= 3:
            first = _FIRST_AFTER_COLON_RE.search(raw, start, run[0].start())
            if first is not None and first.end() < run[0].start():
                breaks.append((first.start(), first.end(), "\n"))
            breaks.extend((m.start(), m.start(1), "\n") for m in run)
        elif "(" in line:
            bracketed = _bracketed_run(raw, start, end)
            if bracketed:
                breaks.extend((at, at_label, "\n") for at, at_label in bracketed if at > start)
                # each item's answer under its label, on a line of its own
                item_starts = [at for at, _at_label in bracketed]
                for item_start, item_end in zip(item_starts, [*item_starts[1:], end], strict=True):
                    label = _INLINE_ANSWERS_LABEL_RE.search(raw, item_start, item_end)
                    if label is not None:
                        breaks.append((label.start(), label.end(), "\n"))
        if not breaks:
            continue
        last = max(at for at, _end, _repl in breaks)
        label = _INLINE_ANSWERS_LABEL_RE.search(raw, last, end)
        if label is not None:
            breaks.append((label.start(), label.end(), "\n"))
        edits.extend(breaks)


def _labelled_question_breaks(raw: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Line breaks before each "Question N" of a run from 1 in raw[start:end], and before each item's answer label."""
    run: list[re.Match[str]] = []
    for m in _INLINE_QUESTION_LABEL_RE.finditer(raw, start, end):
        if int(m.group(2)) == len(run) + 1:
            run.append(m)
    if len(run) < 2:
        return []
    breaks = [(m.start(), m.start(1), "\n") for m in run]
    for item, next_item in zip(run, [*run[1:], None], strict=True):
        label = _INLINE_GLUED_ANSWER_LABEL_RE.search(raw, item.end(), next_item.start() if next_item else end)
        if label is not None:
            breaks.append((label.start(), label.end(), "\n"))
    return breaks


def _bare_number_run(raw: str, start: int, end: int) -> list[re.Match[str]]:
    """The bare numbers 1, 2, 3 ... in raw[start:end] (``_INLINE_BARE_NUMBER_RE``), the first after a colon."""
    run: list[re.Match[str]] = []
    for m in _INLINE_BARE_NUMBER_RE.finditer(raw, start, end):
        if int(m.group(1)) == len(run) + 1 and (run or raw[m.start() - 1] == ":"):
            run.append(m)
    return run


def _bracketed_run(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """(the white space before it, its label) of each item of a bracketed run "(a) ... (b) ... (c)" or "(1) ... (2)
    ... (3)" in raw[start:end], the first opening the line or following a colon; none unless three items follow on."""
    if _FIRST_BRACKETED_RE.match(raw, start, end):
        run = [(start, start)]
        expected = "b" if raw[start + 1] == "a" else "2"
    else:
        run, expected = [], ""
    for m in _INLINE_BRACKETED_RE.finditer(raw, start, end):
        label = m.group(2)
        if not run:
            if label in ("a", "1") and raw[m.start() - 1] == ":":
                run, expected = [(m.start(), m.start(1))], "b" if label == "a" else "2"
            continue
        if label == expected:
            run.append((m.start(), m.start(1)))
            expected = chr(ord(label) + 1) if label.isalpha() else str(int(label) + 1)
    return run if len(run) >= 3 else []


# A field's label: a few words and a colon, alone or in a table's cell ("Response:", "| Question(s): ").
_FIELD_LABEL_RE = re.compile(r"[ \t|*_]*[A-Za-z][A-Za-z()/ ]{0,30}?[ \t*_]*:[ \t]*")
_SECOND_ITEM_RE = re.compile(r"[ \t]*2[.)][ \t]+\S")


# The next number of a list after a word inside a line, over the wrapped lines of the item's paragraph up to the next
# line that starts an item (see _numbers_running_on).
_RUN_ON_NUMBER_RE = re.compile(r"(?<=\S)(?P<before>[ \t]+)(?P<num>\d{1,2})\.(?P<after>[ \t]+|[ \t]*\n[ \t]*)(?=[A-Z])")
_ITEM_OR_PARAGRAPH_END_RE = re.compile(r"\n[ \t]*(?:\n|\d{1,2}[./)][ \t])|$")
_MIN_RUN_ON_NUMBERS = 3


def _numbers_running_on(raw: str, start: int, expected: int) -> list[tuple[int, int, str]]:
    """A line break before each next number of a list run on over the wrapped lines of its item's paragraph, after
    words and not a sentence's end, and a space for a line break after a number: "7. Other social networks (please
    specify) 8. Amazon 9. Online - that is, on websites / excluding social networks, ... 10. Television 11. National
    newspapers 12. / Local newspapers 13. Magazines ..." (Glyndwr University's letter on WhatDoTheyKnow, a PDF as
    HTML). Three numbers following on at least, so that a figure in a sentence ("in 2019. 2 of them") stays."""
    item_end = _ITEM_OR_PARAGRAPH_END_RE.search(raw, start + 1)
    end = item_end.start() if item_end is not None else len(raw)
    edits: list[tuple[int, int, str]] = []
    found = 0
    for m in _RUN_ON_NUMBER_RE.finditer(raw, start, end):
        if int(m.group("num")) != expected + found:
            continue
        found += 1
        edits.append((m.start("before"), m.end("before"), "\n"))
        if "\n" in m.group("after"):
            edits.append((m.start("after"), m.end("after"), " "))
    return edits if found >= _MIN_RUN_ON_NUMBERS else []


# Or the next question run on after the answer to the one before, no stop between: "2. If yes, who is your provider for
# digital dictation? BigHand 3. If no, what is your process for letter production?" (Gloucestershire Health and Care
# NHS Foundation Trust's letter, a PDF's text). A few words of answer after the question mark, and the next item asks.
# (a long answer too, a sentence with no stop: "1. Do you have a master vendor MV. or neutral vendor NV. arrangement in
# place for sourcing agency staff? We have one agency contract in place for a small amount of shifts ... for a qualified
# RMN 2. What is the name of the MV/NV providers. and what staffing groups do they source? Medacs", Gloucestershire
# Health and Care NHS Foundation Trust's letter again; only the next number of the list is taken)
_ANSWER_THEN_NUMBER_RE = re.compile(
    r"\?[ \t]+[^\s?.!][^\n?.!]{0,240}?[ \t]+(\d{1,2})[.)][ \t]+(?=[A-Z][^\n?]{3,200}\?)"
)


# Or the next question run on after the item above with no stop, a list of periods ending it: "1. Please confirm your
# overall spend on interpreting, translation and transcription services for the following financial years: * 2021-22 *
# 2022-23 2. Who is your incumbent supplier(s) for language services? ..." (Scottish Borders Council's disclosure log).
# The item after the number opens with a word that asks and ends in a question mark; not a number a noun refers to
# ("see Table 2. What ..." below).
_QUESTION_RUN_ON_RE = re.compile(
    r"(?<=\w)[ \t]+(\d{1,2})[.)][ \t]+"
    r"(?=(?:How|What|Which|When|Where|Who|Why|Is|Are|Do|Does|Did|Can|Could|Has|Have|Will|Would)\b[^\n?]{3,200}\?)"
)
_REFERENCE_NOUN_BEFORE_RE = re.compile(
    r"\b(?:table|figure|question|section|page|appendix|annex|item|part|paragraph|no|number|chapter|schedule|phase)$",
    re.I,
)


def _next_numbers_edits(raw: str, start: int, end: int, expected: int) -> list[tuple[int, int, str]]:
    """The edits that break a list's numbers from ``expected`` on out of their line ``raw[start:end]``: after each
    sentence's end (``_numbers_following_on``) or, if that finds fewer, run on after words over the item's paragraph
    (``_numbers_running_on``)."""
    breaks = _numbers_following_on(raw, start, end, expected)
    run_on = _numbers_running_on(raw, start, expected)
    if sum(repl == "\n" for _start, _end, repl in run_on) > len(breaks):
        return run_on
    return [(space, number, "\n") for space, number in breaks]


def _numbers_following_on(raw: str, start: int, end: int, expected: int) -> list[tuple[int, int]]:
    """The white space before each next number in ``raw[start:end]``, from ``expected`` on (2, 3, ...)."""
    found = [
        (m.start(), m.start(m.lastindex or 1), m.group(m.lastindex or 1))
        for m in _INLINE_NUMBER_RE.finditer(raw, start, end)
    ]
    if "?" in raw[start:end]:
        for m in _ANSWER_THEN_NUMBER_RE.finditer(raw, start, end):
            found.append((_space_before(raw, m.start(1)), m.start(1), m.group(1)))
        for m in _QUESTION_RUN_ON_RE.finditer(raw, start, end):
            if _REFERENCE_NOUN_BEFORE_RE.search(raw, max(start, m.start() - 12), m.start()) is None:
                found.append((m.start(), m.start(1), m.group(1)))
        found.sort()
    breaks = []
    for space, number, digits in found:
        if int(digits) == expected:
            breaks.append((space, number))
            expected += 1
    return breaks


def _space_before(raw: str, pos: int) -> int:
    """Where the run of spaces and tabs ending at ``pos`` starts."""
    while pos > 0 and raw[pos - 1] in " \t":
        pos -= 1
    return pos


# The months written in full, factored so that each first letter is tried once (a flat alternation, or a
# str.find per month, costs two to three times more on a text that is not ASCII).
_FULL_MONTH_RE = re.compile(labels_re(MONTH_NAMES, keep_case=True))
# Around a month written in full, what sits before it (a day, perhaps an ordinal, perhaps a space) and after it
# (perhaps a comma and a space, a year): a date when both are there. A gap left empty is a space lost.
# The dates of a table's row may run together, each year glued to the next day: "Date received Date due Date completed /
# 15 April 201118 May 201116 May 2011Under the Freedom of Information Act, ..." (Staffordshire University's disclosure
# log flattened from a PDF).
_DAY_BEFORE_RE = re.compile(r"(?:(?<!\d)|(?<=(?:19|20)\d\d))[0-3]?\d(?:st|nd|rd|th)?(?P<gap> ?)$")
_YEAR_AFTER_RE = re.compile(
    rf"(?P<gap>,? ?)(?:19|20)\d\d(?:(?!\d)|(?=[0-3]?\d ?(?:{_FULL_MONTH_RE.pattern}) ?(?:19|20)\d\d))"
)
_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS = _LOWER_ASCII | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WEEKDAY_BEFORE_RE = re.compile(rf"{_WEEKDAY_NAME},? $")
# Letterheads sit at the top of a letter; a page of PDF text is about 3,000 characters.
_LETTERHEAD_CHARS = 3_000


# A list's numbers glued to their items' first words, each at the start of its line, the page having printed its marks
# apart: "  1. Is this service provided "in-house" by the Hospital/Trust ...? / ... / 2If not by the Hospital/Trust then
# the name of the provider / ... / 3What is the total annual cost/Contract Value to your organisation?" (Weston Area
# Health NHS Trust's disclosure log). Each number must follow on from the item above it, and two at least be glued, so
# a name such as "2gether NHS Foundation Trust" or "4Ward" opening a line stays as it is.
# The list may be glued from its first item, inside the quotation marks of a request a letter quotes, its parts numbered
# on: "“1Minutes of any meeting of the COSLA Strategic Migration Partnership ... / 2Copies of any information ...”",
# below it "“2.1Minutes of the COSLA UASC Reform Working Group ... / 2.2Copies of ...”" (Glasgow City Council's
# review letter, a PDF).
# Or its colon kept and the space after it lost: "1: The number of trees cut down ... / 2:The average size and age of
# such trees. / 3:The number of complaints ..." (a WhatDoTheyKnow request to Brighton and Hove City Council): a space.
_LINE_ITEM_NUMBER_RE = re.compile(
    r"^[ \t]*[\"\u201c]?(\d{1,2}(?:\.\d{1,2})?)"
    r"(?:(?P<mark>[.):][ \t]|[ \t]+[-\u2013][ \t])|(?P<colon>:)?(?=[A-Z][a-z]))",
    re.M,
)
# A glued number opens its line, never the text: a search from each newline finds whether any line may hold one,
# several times faster than the line-start scan above, and most texts hold none.
_GLUED_ITEM_LINE_RE = re.compile(r"\n[ \t]*[\"\u201c]?\d{1,2}(?:\.\d{1,2})?:?(?=[A-Z][a-z])")
_FEWEST_GLUED_ITEMS = 2


def _glued_item_number_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """ ". " between a line's item number and the word glued to it ("2If" -> "2. If"), in lists as above. One glued
    number alone is the list's when the item below it follows on with its mark printed: "1.1Do you believe you have
    fully implemented all elements of the AQF? / Our response: / ... / 1.2 - If not, what date did you sign the
    pledge ...?" (the University of East Anglia's disclosure log)."""
    if _GLUED_ITEM_LINE_RE.search(raw) is None:
        return
    last: tuple[int, ...] = ()
    glued: list[tuple[int, str]] = []  # (where the item's first word starts, what goes before it)
    confirmed: list[tuple[int, str]] = []  # glued items the next item, its mark printed, follows on from
    pending: tuple[tuple[int, ...], tuple[int, str]] | None = None  # the last glued item, until the next item
    for m in _LINE_ITEM_NUMBER_RE.finditer(raw):
        number = tuple(int(part) for part in m.group(1).split("."))
        if m.group("mark"):
            if pending is not None and _follows_on(pending[0], number):
                confirmed.append(pending[1])
            pending = None
            last = number
        elif _follows_on(last, number) or (not last and number == (1, 1)):
            edit = (m.end(), " ") if m.group("colon") else (m.end(1), ". ")
            glued.append(edit)
            pending = (number, edit)
            last = number
    chosen = glued if len(glued) >= _FEWEST_GLUED_ITEMS else confirmed
    edits.extend((at, at + 1, before + raw[at]) for at, before in chosen)


# A list's number printed without its stop between two items printed with it: "1. What is the total amount included in
# the Council budget for ...? / 2 What is the total amount included ...? / 3. What is the total cost ...?" (a
# WhatDoTheyKnow request to Wrexham County Borough Council), "3. If yes, what is the name of the software tool used? /
# 4 What is the renewal date of your current contract ...? / 5. If no, ..." (London Metropolitan University's log). The
# stop goes back only where the items above and below are the numbers either side with the same mark.
_BARE_LINE_NUMBER_GATE_RE = re.compile(r"\n[ \t]*\d{1,2}[ \t]+[A-Z]")
_LINE_NUMBER_RE = re.compile(r"^[ \t]*(\d{1,2})(?P<mark>[.)])?[ \t]+(?=[A-Z])", re.M)


def _bare_item_number_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """The stop after a bare item number between two numbered items (``_LINE_NUMBER_RE``)."""
    if _BARE_LINE_NUMBER_GATE_RE.search(raw) is None:
        return
    items = [(m.end(1), int(m.group(1)), m.group("mark")) for m in _LINE_NUMBER_RE.finditer(raw)]
    for (_, above, above_mark), (at, number, mark), (_, below, below_mark) in zip(
        items, items[1:], items[2:], strict=False
    ):
        if mark is None and above_mark is not None and above_mark == below_mark and above + 1 == number == below - 1:
            edits.append((at, at + 1, above_mark + raw[at]))


# An item's number glued to the question mark ending the item above, the line break lost in a table's cell: "... for the
# following areas of responsibility?9.1 Upgrades / 9.2 Ongoing patching ..." and "How many production systems do you
# have?10.2 How many users ...?" (Staffordshire University's disclosure log). Not "?id=2" in a link: a space and a
# capital follow the number.
_NUMBER_AFTER_QUESTION_MARK_RE = re.compile(r"\?(?=\d{1,2}(?:\.\d{1,2}\.?|[.)])[ \t]+[A-Z])")


# A list's first number glued to the year of the date above it, the page's line break lost: "Responded Fri 17 January
# 20201) How many registered children's homes are operating in the local authority ..." (Hastings Borough Council's
# disclosure log); "Responded Tue 26 February 2019(1) The number of listed building consent applications ..." (the
# same log). The year follows a month written in full, and "1" opens the list, a capital after it.
# (the item's mark is searched for, the year then read before it: a scan for "1" or "(" alone is the faster)
_FIRST_ITEM_MARK_RE = re.compile(r"(?:1[.)]|\(1\))(?=[ \t]+[A-Z])")
_YEAR_BEFORE_RE = re.compile(r" (?:19|20)\d\d")
_MONTH_BEFORE_YEAR_RE = re.compile(rf"\b(?:{_FULL_MONTH_RE.pattern})[ \t]$")


def _first_item_after_year_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """A line break between a date's year and the list's first number glued to it (see ``_FIRST_ITEM_MARK_RE``)."""
    for m in _FIRST_ITEM_MARK_RE.finditer(raw):
        year = m.start() - 4
        if (
            _YEAR_BEFORE_RE.fullmatch(raw, year - 1, m.start()) is not None
            and _MONTH_BEFORE_YEAR_RE.search(raw, max(0, year - 12), year) is not None
        ):
            at = m.start()
            edits.append((at, at + 1, "\n" + raw[at]))


def _number_after_question_mark_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """A line break before each item number glued to a question mark (``_NUMBER_AFTER_QUESTION_MARK_RE``)."""
    for m in _NUMBER_AFTER_QUESTION_MARK_RE.finditer(raw):
        at = m.end()
        edits.append((at, at + 1, "\n" + raw[at]))


def _follows_on(last: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether item ``number`` (1, or 2.1 as (2, 1)) comes next after ``last`` (() before any): the next number, the
    first part of the last number ("2.1" after "2"), the next part ("2.2" after "2.1"), or a list's first item."""
    if len(number) == 1:
        return number[0] == (last[0] + 1 if last else 1)
    major, minor = number
    return bool(last) and major == last[0] and minor == (last[1] + 1 if len(last) == 2 else 1)


def _glued_word_edits(raw: str, edits: list[tuple[int, int, str]], cell_labels: re.Pattern[str] | None) -> None:
    """A space back before each glued character, as an edit of that character (" J" for "J").

    PDF text loses the space between a table's cells and sometimes between words: Bury Council's letterhead
    reads "Our RefJCW/036468 / Your RefMr N Gregory / Date19 August 2016 / Please ask forJanet Witkowski",
    a CNWL letter "13October2016" and "received ... on 27September2016", a Kettering letter "received by
    Kettering Borough Council21 March 2017requesting", an East Renfrewshire one "received onMonday 5th January
    2015". ``cell_labels`` finds a label at the start of a line of the letterhead glued to its value
    (``Catalogue.glued_cell_re``); a date needs its month written in full, so codes stay as they are.
    """
    # (the label scan runs on "\n" + the letterhead, one character ahead of raw)
    letterhead = "\n" + raw[:_LETTERHEAD_CHARS]
    glued = [m.end() - 1 for m in cell_labels.finditer(letterhead)] if cell_labels is not None else []
    for month in _FULL_MONTH_RE.finditer(raw):
        at, after = month.span()
        day = _DAY_BEFORE_RE.search(raw, max(0, at - 5), at)
        year = _YEAR_AFTER_RE.match(raw, after) if day else None
        if day and not year and not day.group("gap") and day.group().endswith(("st", "nd", "rd", "th")):
            # A day with its ordinal glued to the month needs no year to be one: "originally received on the
            # 25thFebruary with a follow up 28th March" (Sherwood Forest Hospitals NHS Foundation Trust's letter)
            glued.append(at)
        if day and year:
            if day.start() and (raw[day.start() - 1] in _LOWER_ASCII or raw[day.start() - 1].isdigit()):
                glued.append(day.start())
            weekday = _WEEKDAY_BEFORE_RE.search(raw, max(0, day.start() - 12), day.start())
            if weekday is not None and weekday.start() and raw[weekday.start() - 1] in _LOWER_ASCII:
                # "received onMonday 5th January 2015" (East Renfrewshire Council's PDF letter)
                glued.append(weekday.start())
            if not day.group("gap"):
                glued.append(at)
            if not year.group("gap"):
                glued.append(after)
            after_year = raw[year.end() : year.end() + 1]
            if after_year in _ASCII_LETTERS or after_year.isdigit():
                # (or a capital: "31 March 2014Case Reference Number IRQ0532897", the ICO's reply as its requester
                # published it)
                glued.append(year.end())
    edits.extend((at, at + 1, " " + raw[at]) for at in glued)


def _line_spans(raw: str) -> Iterator[tuple[int, int, str]]:
    """Each line of ``raw`` as (start, end, text), its newline left out."""
    offset = 0
    for line in raw.split("\n"):
        end = offset + len(line)
        yield offset, end, line
        offset = end + 1


def _tab_table_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """ " | " for the tabs between cells, in runs of two or more lines that each hold three or more cells (a line
    of two, "Date response sent<TAB>30th January 2024", is a label and its value and keeps a space)."""
    run: list[list[tuple[int, int]]] = []
    for offset, _end, line in _line_spans(raw):
        gaps = [(offset + m.start(), offset + m.end()) for m in _INNER_TAB_RE.finditer(line)] if "\t" in line else []
        if len(gaps) >= 2:
            run.append(gaps)
        else:
            if len(run) >= 2:
                edits.extend((start, end, " | ") for gaps_of_line in run for start, end in gaps_of_line)
            run = []
    if len(run) >= 2:
        edits.extend((start, end, " | ") for gaps_of_line in run for start, end in gaps_of_line)


def _whitespace_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """Edits for each line's leading and trailing white space and for the runs of spaces inside it.

    They are found on a copy with all horizontal white space as plain spaces (offsets kept), by searches
    that start at a newline or a double space: a regex for a run of spaces would stop at every single space
    between words. Edits are appended trailing, leading, inner; no two share a start and an end.
    """
    blanked = raw
    for char in "\t\u00a0\r":
        if char in blanked:
            blanked = blanked.replace(char, " ")
    size = len(blanked)
    hit = blanked.find(" \n")
    while hit != -1:
        line_start = blanked.rfind("\n", 0, hit) + 1
        edits.append((line_start + len(blanked[line_start:hit].rstrip(" ")), hit + 1, ""))
        hit = blanked.find(" \n", hit + 2)
    if blanked.endswith(" "):
        line_start = blanked.rfind("\n") + 1
        edits.append((line_start + len(blanked[line_start:].rstrip(" ")), size, ""))
    first = _INDENT_RE.match(blanked)
    if first:
        edits.append((0, first.end(), ""))
    for m in _NEWLINE_INDENT_RE.finditer(blanked):
        edits.append((m.start() + 1, m.end(), ""))
    triggered: dict[int, bool] = {}
    for gap in _SPACE_GAP_RE.finditer(blanked):
        hit, end = gap.span()
        # A gap touching a newline or an end of the text is leading or trailing space, edited above.
        if hit and end < size and blanked[hit - 1] != "\n" and blanked[end] != "\n":
            # A carriage return is white space at a line's edge but not part of a run of spaces.
            spaced = "\r" not in raw[hit:end]
            runs = [(hit, end)] if spaced else [m.span() for m in _SPACE_RUN_RE.finditer(raw, hit, end)]
            for start, stop in runs:
                run = raw[start:stop]
                if " " in run or "\t" in run or _line_has_spacing(raw, start, triggered):
                    edits.append((start, stop, " "))


def _line_has_spacing(raw: str, offset: int, memo: dict[int, bool]) -> bool:
    """Whether the line holding ``offset``, less its edges, has a double space, a tab or a space beside a
    non-breaking space: only such lines have their runs collapsed, so a lone run of non-breaking spaces
    stays (and becomes spaces)."""
    line_start = raw.rfind("\n", 0, offset) + 1
    if line_start not in memo:
        line_end = raw.find("\n", offset)
        inner = raw[line_start : line_end if line_end != -1 else len(raw)].strip(_HORIZONTAL_WS)
        memo[line_start] = "  " in inner or "\t" in inner or "\u00a0 " in inner or " \u00a0" in inner
    return memo[line_start]


# A greeting run on into the request's first words on one line: "Dear Department of Agriculture, Environment and Rural
# Affairs (Northern Ireland), can you please provide me with" over "1/ copies of minutes ..." (a WhatDoTheyKnow
# request): a line break after the greeting's comma, before the first word in lower case, so that the letter has its
# salutation (and its sign-off, which is read only under one). A comma inside the name ("Agriculture, Environment")
# is followed by a capital.
# (The pattern starts with the word, which the engine scans for; the line's start is checked in code.)
# (or "Hi" and a name: "Hi Yohannes, please see our answers below. / 1) YES / 2) NONE", Mill Hill County High School's
# reply on WhatDoTheyKnow)
_GREETING_RUN_ON_RE = re.compile(r"(?:Dear|Hi|Hello) [^\n,]{2,80}?(?:,[ \t]*[A-Z(][^\n,]{0,60}?)*,([ \t]+)(?=[a-z])")


def _greeting_run_on_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """Line breaks between a greeting and the words run on after it (see above)."""
    if "Dear " not in raw and "Hi " not in raw and "Hello " not in raw:
        return
    for m in _GREETING_RUN_ON_RE.finditer(raw):
        if m.start() and raw[m.start() - 1] != "\n":
            continue
        line_end = raw.find("\n", m.end())
        if (line_end if line_end != -1 else len(raw)) - m.end() >= 12:
            edits.append((m.start(1), m.end(1), "\n"))


# A thread's message listed as an item, its greeting bulleted: "Status: Refused. / • Dear Lancashire Police and Crime
# Commissioner, / I would like you to provide me with ..." (foi-request.com's mirror of a WhatDoTheyKnow thread). The
# bullet and the indentation before it go, so that the greeting opens its line and the message.
_BULLETED_GREETING_RE = re.compile(r"(?m)^[ \t]*[•·*][ \t]+(?=Dear [^\n]{1,80}$)")


def _bulleted_greeting_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """The bullets before greetings (see above) removed."""
    if "Dear " not in raw:
        return
    edits.extend((m.start(), m.end(), "") for m in _BULLETED_GREETING_RE.finditer(raw))


# A greeting glued to the end of the address line above it, as a PDF's text put the addressee's email beside it:
# "Dr Emma L Briant / Via whatdotheyknow.com / 10 June, 2020 / xxxxxxxx@xxxxxxxx.xxx Dear Dr Briant," (the Army
# Secretariat's letter on WhatDoTheyKnow, the address redacted). A line break before the greeting, so that the letter
# has its salutation and the date above it is the letter's.
# (Found from each " Dear " back, not by a pattern tried at every character: 0.3 ms a letter.)
_EMAIL_BEFORE_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+([ \t]+)$")
_GREETING_TO_LINE_END_RE = re.compile(r"Dear [^\n,]{1,60},?[ \t]*(?:\n|$)")


def _greeting_after_email_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """Line breaks between an email address and the greeting after it (see above)."""
    if "@" not in raw:
        return
    pos = raw.find(" Dear ")
    while pos != -1:
        greeting = pos + 1
        line_start = raw.rfind("\n", 0, pos) + 1
        if "@" in raw[line_start:pos] and _GREETING_TO_LINE_END_RE.match(raw, greeting):
            email = _EMAIL_BEFORE_RE.search(raw, line_start, greeting)
            if email is not None:
                edits.append((email.start(1), email.end(1), "\n"))
        pos = raw.find(" Dear ", greeting)


# A letter's first capital set apart from its word, a drop capital a PDF-to-HTML conversion put on a line of its own:
# "D / ear Mr Bickerdike," (the Department for Transport's letter on WhatDoTheyKnow). Not "A" or "I", words
# themselves.
_DROP_CAPITAL_RE = re.compile(r"(?m)^[ \t]*[B-HJ-Z]([ \t]*\n(?:[ \t]*\n)?[ \t]*)(?=[a-z]{2,}[ \t])")


def _drop_capital_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """The break between a drop capital and the rest of its word removed."""
    edits.extend((m.start(1), m.end(1), "") for m in _DROP_CAPITAL_RE.finditer(raw))


# A log's heading over the reply, its dash bullet run onto the end of the request's last line as the page was flattened:
# "6. The current backlog or waiting list for post-mortems ..., as of the most recent data available - Decision / - /
# 1. Please see link below for data: ..." (Lincolnshire County Council's published responses, each field a "- " item).
_GLUED_REPLY_HEADING_RE = re.compile(r"(?<=\S)[ \t]+(?=-[ \t]+(?:Decision|Response)[ \t]*\n)")


def _glued_reply_heading_edits(raw: str, edits: list[tuple[int, int, str]]) -> None:
    """The run-on reply heading (see above) put back on a line of its own."""
    # (only on a page of such fields: a sentence may end " - Response" on a page that has none)
    if (" - Decision" in raw or " - Response" in raw) and ("\n- " in raw or "\n-\n" in raw):
        edits.extend((m.start(), m.end(), "\n") for m in _GLUED_REPLY_HEADING_RE.finditer(raw))


def clean(document: Document, cell_labels: re.Pattern[str] | None = None) -> CleanText:
    """Normalise ``document.text``; see the module docstring for what changes and why.

    ``cell_labels`` finds letterhead labels glued to their values (``Catalogue.glued_cell_re``); without it
    only glued dates are mended.
    """
    raw = document.text
    edits: list[tuple[int, int, str]] = []
    styles_raw: list[tuple[int, int, bool, bool]] = []

    for m in _EMPHASIS_RE.finditer(raw) if "*" in raw else ():
        marker_start, text_start = m.span(1)
        before = raw[marker_start - 1] if marker_start else " "
        if before in "\\_" or before.isalnum():
            continue
        text_end = m.end(2)
        marker = text_start - marker_start
        if marker == 1 and _GRADE_STAR_RE.search(raw, text_end - 2, text_end):
            continue
        edits += ((marker_start, text_start, ""), (text_end, text_end + marker, ""))
        styles_raw.append((text_start, text_end, marker >= 2, marker != 2))
    if "</" in raw or "/>" in raw:
        _html_tag_edits(raw, edits)
    for m in _ESCAPE_RE.finditer(raw) if "\\" in raw else ():
        edits.append((m.start(), m.end(), m.group(1)))
    swaps = [(m.start(1), m.end(1), m.group(1)[::-1]) for m in _RECIEVE_RE.finditer(raw)]
    edits += swaps
    for m in _OCR_FOI_RE.finditer(raw) if "FOl" in raw else ():
        edits.append((m.start(1), m.end(1), "I"))
    for m in _GARBLED_QUOTE_RE.finditer(raw) if "-\u2122" in raw or "-\u02dc" in raw else ():
        edits.append((m.start(), m.end(), _GARBLED_QUOTES[m.group()[1]]))
    quoted = _quoted_line_edits(raw, edits) if ">" in raw else []
    if "\t" in raw:
        _tab_table_edits(raw, edits)  # before the white-space edits, so a cell edge wins over a space
    _run_together_item_edits(raw, edits)  # likewise, a line break wins over a run of spaces
    if " 2. " in raw:
        _lost_first_number_edits(raw, edits)
    _bare_numbered_line_edits(raw, edits)
    if "\n1." in raw:
        _glued_list_edits(raw, edits)
    if ")\n" in raw:
        for lone in _LONE_PART_MARK_RE.finditer(raw):
            edits.append((lone.start("gap"), lone.end("gap"), " "))
    _flattened_list_edits(raw, edits)
    if ": * " in raw or ": • " in raw:
        _inline_bullet_edits(raw, edits)
    if " • " in raw:
        _run_together_bullet_edits(raw, edits)
    if ': "' in raw:
        _quote_bullet_edits(raw, edits)
    if ": -" in raw or ":-" in raw:
        _stranded_dash_edits(raw, edits)
    if "\n- " in raw:
        _run_on_dash_field_edits(raw, edits)
    _greeting_run_on_edits(raw, edits)
    _bulleted_greeting_edits(raw, edits)
    _greeting_after_email_edits(raw, edits)
    _drop_capital_edits(raw, edits)
    _glued_reply_heading_edits(raw, edits)
    _whitespace_edits(raw, edits)
    _glued_word_edits(raw, edits, cell_labels)
    _glued_item_number_edits(raw, edits)
    _first_item_after_year_edits(raw, edits)
    _number_after_question_mark_edits(raw, edits)
    _bare_item_number_edits(raw, edits)
    double_spaced = _double_spaced_edits(raw, edits) if document.hard_wrapped is not False and "\n\n" in raw else False
    wrap = _wrap_width_of(raw) if document.hard_wrapped is not False and not double_spaced else None
    if wrap:
        edits.extend((s, e, " ") for s, e in _soft_newlines(raw, *wrap))
    elif document.hard_wrapped is not False and not double_spaced and "\n" in raw:
        edits.extend((s, e, " ") for s, e in _lowercase_run_ons(raw))
    for m in _BLANK_RUN_RE.finditer(raw) if "\n\n" in raw else ():
        edits.append((m.start(), m.end(), "\n\n"))
    # A search per character is a C-speed scan each, three times faster in all than the character class. An
    # ASCII text (a quarter of the dev corpus) can only hold the ASCII members, so the rest go unsearched.
    if any(map(raw.__contains__, _ASCII_CHAR_RE_MEMBERS if raw.isascii() else _CHAR_RE_MEMBERS)):
        for m in _CHAR_RE.finditer(raw):
            edits.append((m.start(), m.end(), _RESIZED.get(m.group(), "")))

    # Longest edit first at equal starts (two stable sorts: by end, descending, then by start); an edit
    # overlapping an accepted one is dropped (the accepted edit already covers its characters: a blank-line
    # run swallows the trailing spaces inside it).
    edits.sort(key=_END, reverse=True)
    edits.sort(key=_START)
    # One piece of the normalised text per segment of the offset map; where each segment starts in the
    # normalised text is summed from the pieces' lengths once the text is known.
    pieces: list[str] = []
    seg_raw: list[int] = []
    seg_copy: list[bool] = []
    cursor = 0
    for start, end, repl in edits:
        if start < cursor:
            continue
        if start > cursor:
            pieces.append(raw[cursor:start])
            seg_raw.append(cursor)
            seg_copy.append(True)
        if repl:
            pieces.append(repl)
            seg_raw.append(start)
            seg_copy.append(len(repl) == end - start)
        cursor = end  # edits are never empty, so this only moves forward
    if cursor < len(raw):
        pieces.append(raw[cursor:])
        seg_raw.append(cursor)
        seg_copy.append(True)
    text = "".join(pieces)
    # str.translate walks every character in Python-level table lookups; a replace per character present is
    # a C-speed search each (0.35 ms -> 0.02 ms on a two-page letter); ASCII text can only hold the tab,
    # vertical tab and form feed.
    for char, replacement in _ASCII_ONE_FOR_ONE if text.isascii() else _ONE_FOR_ONE:
        if char in text:
            text = text.replace(char, replacement)
    # Leading/trailing blank space of the whole document carries nothing; segments wholly before the new
    # start collapse onto offset 0.
    lead = len(text) - len(text.lstrip())
    seg_out = list(accumulate(map(len, pieces[:-1]), initial=-lead)) if pieces else []
    result = CleanText(
        text=text.strip(),
        raw=raw,
        _seg_out=seg_out,
        _seg_raw=seg_raw,
        _seg_copy=seg_copy,
        wrap_width=wrap[0] if wrap else None,
        swapped_letters=bool(swaps),
    )
    if document.styles:
        styles_raw += [(run.start, run.end, run.bold, run.italic) for run in document.styles]
    if styles_raw:
        starts, ends, bold, italic = zip(*styles_raw, strict=True)
        clean_starts = _to_clean(starts, seg_out, seg_raw, seg_copy)
        clean_ends = _to_clean(ends, seg_out, seg_raw, seg_copy)
        runs = zip(clean_starts, clean_ends, bold, italic, strict=True)
        result._style_runs = [run for run in runs if run[1] > run[0]]
        result._style_runs.sort(key=_START)
    if document.page_starts:
        result.page_starts = _to_clean(document.page_starts, seg_out, seg_raw, seg_copy)
    if quoted:
        offsets, depths = zip(*quoted, strict=True)
        result.quoted_lines = list(zip(_to_clean(offsets, seg_out, seg_raw, seg_copy), depths, strict=True))
    return result


def _to_clean(offsets: Iterable[int], seg_out: list[int], seg_raw: list[int], seg_copy: list[bool]) -> list[int]:
    """Normalised offsets for raw ones (the inverse of ``CleanText.to_raw``, for reader hints)."""
    clean_offsets: list[int] = []
    for offset in offsets:
        i = bisect.bisect_right(seg_raw, offset) - 1
        if i < 0:
            clean_offsets.append(0)
            continue
        mapped = seg_out[i] + (offset - seg_raw[i]) if seg_copy[i] else seg_out[i]
        clean_offsets.append(mapped if mapped > 0 else 0)
    return clean_offsets
