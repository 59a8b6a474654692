"""Dates in UK day-month order, in every form real letters print, with the response and received dates.

Candidates are found by one regular expression whose named groups already hold day, month and year, so a
candidate becomes a date by construction (``datetime.date`` rejects 31 February) and never by guessing.
A general date library was measured and not used here: dateparser/datefinder read "on", "may" and bare
numbers as dates (shared research anchors.md A8) and cost ~0.25 ms a call; the forms below are exactly the
ones UK replies use, each in the test table.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from ..models import PartialDate, Span
from ..scan import MONTH_STEM, MONTHS, POSTCODE, labels_re
from ..segment import Line, Message
from .context import Context

# Bilingual letters from Welsh public bodies print the date in both languages ("Dyddiad / Date: 3 Mawrth
# 2023 / 3 March 2023"), sometimes the Welsh alone; Welsh writes the day first, with its own ordinal endings
# (1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain).
WELSH_MONTHS = {
    "ionawr": 1,
    "chwefror": 2,
    "mawrth": 3,
    "ebrill": 4,
    "mai": 5,
    "mehefin": 6,
    "gorffennaf": 7,
    "awst": 8,
    "medi": 9,
    "hydref": 10,
    "tachwedd": 11,
    "rhagfyr": 12,
}
_MONTH = f"(?:{labels_re(MONTHS)})"  # matched case-insensitively
_WELSH_MONTH = "(?:" + "|".join(WELSH_MONTHS) + ")"
_WEEKDAY = r"(?:(?P<wd>Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# The look-ahead holds the first characters of every form (digits, weekdays, months), so the regex engine
# skips to them instead of trying the look-behind at every position.
DATE_RE = re.compile(
    rf"(?=[\dadfjmnostw])(?<![\w/.-]){_WEEKDAY}(?:"
    # 31 August 2022, 31st August 2022, 31st of August, 2022, 24-Apr-2024, 24 Apr 24; WhatDoTheyKnow prints a
    # superscript ordinal with a caret ("20^th December 2023"); or slashes: "Our Reference: 106067 Date: 01/July/2016"
    # (HM Courts & Tribunals Service's letter)
    rf"(?P<d1>[0-3]?\d)(?:\^?(?:st|nd|rd|th))?(?:\s+of)?(?:[\s-]+|/(?={_MONTH}/))(?P<m1>{_MONTH})\.?"
    r"(?:(?:[\s,-]+|/(?=(?:19|20)\d\d))(?P<y1>(?:19|20)\d\d|\d\d(?![\d:])))?"
    # a comma after the day, the year then needed: "which we received 30, January 2018" (Leeds City Council on
    # WhatDoTheyKnow)
    rf"|(?P<d6>[0-3]?\d)(?:st|nd|rd|th)?,[ \t]+(?P<m6>{_MONTH})\.?,?[ \t]+(?P<y6>(?:19|20)\d\d)"
    # 3 Mawrth 2023, 1af Ionawr 2024 (Welsh)
    rf"|(?P<d5>[0-3]?\d)(?:af|il|ydd|ed|fed|eg|ain)?\s+(?P<m5>{_WELSH_MONTH})\s+(?P<y5>(?:19|20)\d\d)"
    # August 31, 2022 (American order appears in WhatDoTheyKnow footers and US software); or the day's ordinal with no
    # comma: "Date:April 20th 2011" (West Dunbartonshire Council's letter)
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:(?:st|nd|rd|th),?|,)\s*(?P<y2>(?:19|20)\d\d)"
    # 31/08/2022, 31.08.22, 31-08-2022: always day first
    r"|(?P<d3>[0-3]?\d)(?P<sep>[/.-])(?P<m3>[01]?\d)(?P=sep)(?P<y3>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)"
    # 2022-08-31
    r"|(?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)"
    # A year glued to the next word ("Responded Thu 13 March 2025I would like", flattened HTML) still ends, and
    # so does one glued to the number of the first question ("Responded Thu 14 November 20191. Do you ...",
    # an iCasework disclosure log; "Responded Fri 16 August 20191- The total number of CCTV cameras ...", Hastings
    # Borough Council's).
    rf")(?!(?!\d{{1,2}}[.-]\s)[0-9/_]|(?-i:[a-z]))",
    re.I,
)
MONTH_YEAR_RE = re.compile(rf"(?<![\w/]){_MONTH}\.?,?\s+(?:19|20)\d\d(?![\w/])", re.I)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: dt.date | None  # None when the year is not printed ("received on 1 November")
    day: int
    month: int


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every full or day-month date in ``text[start:end]``, in order."""
    found: list[FoundDate] = []
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        g = m.groupdict()
        if g["d1"]:
            day, month, year = int(g["d1"]), MONTHS[g["m1"].lower()], _year(g["y1"])
        elif g["m2"]:
            day, month, year = int(g["d2"]), MONTHS[g["m2"].lower()], _year(g["y2"])
        elif g["d6"]:
            day, month, year = int(g["d6"]), MONTHS[g["m6"].lower()], _year(g["y6"])
        elif g["d5"]:
            day, month, year = int(g["d5"]), WELSH_MONTHS[g["m5"].lower()], _year(g["y5"])
        elif g["d3"]:
            day, month, year = int(g["d3"]), int(g["m3"]), _year(g["y3"])
        else:
            day, month, year = int(g["d4"]), int(g["m4"]), _year(g["y4"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        value = None
        if year is not None:
            try:
                value = dt.date(year, month, day)
            except ValueError:
                continue
            if g["wd"] and _WEEKDAYS[g["wd"][:3].lower()] != value.weekday():
                # A weekday the date does not fall on: one of the two is a slip, and the text does not say which
                # ("made on 24 January 2009, which we formally received on Monday 26 January 2008", Elmbridge
                # Borough Council's reply of 29 January 2009: 26 January 2008 was a Saturday). No date is read there.
                continue
        found.append(FoundDate(m.start(), m.end(), value, day, month))
    return found


def parse_date(text: str) -> dt.date | None:
    """The date a short string states in full, else None (``parse_date("31st August 2022")``)."""
    for found in find_dates(text):
        if found.value is not None:
            return found.value
    return None


def parse_partial_date(text: str) -> PartialDate | None:
    """A full date, or month and year ("March 2028"), or a lone year ("since 2013"), at stated precision."""
    full = parse_date(text)
    if full is not None:
        return PartialDate(year=full.year, month=full.month, day=full.day)
    m = MONTH_YEAR_RE.search(text)
    if m:
        month_word, year = re.split(r"[.,\s]+", m.group().strip())[:2], m.group()[-4:]
        return PartialDate(year=int(year), month=MONTHS[month_word[0].lower()])
    m = re.search(r"(?<![\w/£$.,-])(19[5-9]\d|20\d\d)(?![\w/%.,-]\d)", text)
    return PartialDate(year=int(m.group(1))) if m else None


def _resolve_year(found: FoundDate, anchor: dt.date | None) -> dt.date | None:
    """A day-month date without a year, read as the latest such date on or before the reply's date.

    "Thank you for your request received on 1 November" in a letter dated 29 November 2023 means
    1 November 2023; without a dated letter the year is not stated and the value stays empty.
    """
    if found.value is not None or anchor is None:
        return found.value
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = dt.date(year, found.month, found.day)
        except ValueError:
            continue
        if candidate <= anchor:
            return candidate
    return None


# "... Freedom of Information Act (FOIA) request submitted on the 2nd November 2018" (Thames Valley Police); only
# "on the": "a letter to the Cabinet Secretary dated the 13/6/18" dates the letter, not the request.
# (the article after "of" too: "Thank you for your email of the 4th March 2017 requesting the following information",
# the Service Prosecuting Authority)
# (and a bracket opening round the date: "20 school working days from the date of request (14th November 2019)",
# Steiner Academy Bristol's acknowledgement)
_LABEL_GAP = re.compile(r"[\s:|/\-–.(]*(?:on\s+)?(?P<the>(?<=\bon\s)the\s+(?=\d)|(?<=\bof\s)the\s+(?=\d))?")


_BARE_DATE_LABELS = {"date", "dated"}
# A log's line giving the received date first, the reply's after it: "Received 13 July 2019 and responded to 1 August
# 2019" (Lichfield District Council's page of published requests).
_RECEIVED_FIELD_AND_RE = re.compile(r"(?:date )?(?:request )?received(?: on)?:?[ \t]+[^\n]{6,30}?,?[ \t]+and", re.I)
# What may follow a label when a date does: the gap _date_after allows, then a digit or the start of a day's or a
# month's name.
_MAY_START_A_DATE = re.compile(_LABEL_GAP.pattern + rf"(?:\d|mon|tue|wed|thu|fri|sat|sun|{MONTH_STEM})")


# Days listed before one month: "7, 8 and 9 December 2019", "3rd and 4th May".
_DAY_LIST_RE = re.compile(r"(?P<first>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|&)\s+")


def _date_after(ctx: Context, pos: int, limit: int = 60, day_lists: bool = False) -> FoundDate | None:
    """The date that starts right after a label (allowing ':', '|', '/' and line breaks between); with
    ``day_lists``, the first of days listed before one month ("7, 8 and 9 December 2019")."""
    text = ctx.text
    gap = _LABEL_GAP.match(text, pos)
    start = gap.end() if gap else pos
    if (gap.start("the") if gap and gap.group("the") else start) - pos > limit:
        return None
    dates = find_dates(text, start, min(len(text), start + 60))
    if dates and dates[0].start == start:
        return dates[0]
    days = _DAY_LIST_RE.match(text, start) if day_lists else None
    if days is not None:
        # "your emails of 7, 8 and 9 December 2019" (Ofsted): the first day, in the month of the last
        dates = find_dates(text, days.end(), min(len(text), days.end() + 40))
        if dates and dates[0].start == days.end() and text[days.end()].isdigit():
            last, first = dates[0], int(days.group("first"))
            try:
                value = last.value.replace(day=first) if last.value is not None else None
            except ValueError:
                return None
            return FoundDate(start, last.end, value, first, last.month)
    return None


_REQUESTERS_ADDRESS_RE = re.compile(r"^from:.*\[foi #\d+ email\]", re.I)
_TO_AN_FOI_MAILBOX_RE = re.compile(r"^to:[ \t]*\S*?\b(?:foi|freedomofinformation|foirequests?)[\w.-]*@", re.I)


def _sent_by_the_requester(ctx: Context, line: Line) -> bool:
    """A "Sent:" line under "From: Ian Robinson [mailto:[FOI #458690 email]]": the request's email, quoted in a
    reply (WhatDoTheyKnow writes the requester's address so), dates the request, not the reply."""
    lines = ctx.layout.lines
    above = lines[max(0, line.number - 2) : line.number]
    if any(_REQUESTERS_ADDRESS_RE.match(line_above.text) for line_above in above):
        return True
    # Or sent to the body's FOI mailbox: "From: david@mortimers-removals.co.uk / To: FOI@derby.gov.uk / Sent: Tuesday,
    # February 25, 2014 11:15 AM" (the requester's follow-up above Derby City Council's reply, both reposted on a
    # campaign's page).
    if any(_TO_AN_FOI_MAILBOX_RE.match(near.text) for near in lines[max(0, line.number - 2) : line.number + 3]):
        return True
    # The request's own email header in the requester's message: "From: JJ Hermes / Sent: 8 February 2014 12:20 / To:
    # infocompliance@..." above the University of Warwick's reply, on a page quoting the thread. (Not a log's "Reply
    # Date:" above the request it records.)
    return ctx.layout.message_at(line.start).from_requester and any(
        line_above.text.startswith("From:") for line_above in above
    )


# A decision notice listed under its body and sector, dated by the Commissioner: "Steyning Parish Council (Local
# Government): ICO 29 Mar 2021", "Heart of England NHS Foundation Trust (Decision Notice): ICO 13 Jul 2009" (pages
# that reproduce the Information Commissioner's decisions, each under such a heading).
_ICO_LISTING_HEADING_RE = re.compile(r"[ \t]*[A-Z][^\n()]{2,150}\([A-Za-z ,&-]{2,40}\): ICO[ \t]+(?=\d)")

# A judgment on a case-law site, dated in its breadcrumb: "You are here: BAILII >> Databases >> United Kingdom
# Information Tribunal ... >> Office of Government Commerce v Information Commissioner [2007] UKIT EA_2006_0068 (2 May
# 2007)" (BAILII, above the decision's own header, where "Decision Promulgated" and its date stand in two columns the
# text runs together).
_CASE_LAW_BREADCRUMB_RE = re.compile(r"^You are here: BAILII >>[^\n]*\((?=\d{1,2} [A-Z][a-z]+ \d{4}\)[ \t]*$)", re.M)
_CASE_LAW_BREADCRUMB_REACH = 1500


LogDateKind = Literal["response", "received", "either"]


@dataclass(frozen=True)
class DatedLogRow:
    """The first row of a disclosure log's table whose first column is a date: the row, its date, and which date the
    column's heading says it is ("response" or "received"; "either" under a bare "Date", which may head either)."""

    kind: LogDateKind
    line: Line
    date: FoundDate


def first_dated_log_row(ctx: Context) -> DatedLogRow | None:
    """The first row under a log's heading line that opens with a date column's heading and then the reference
    column's (``Catalogue.dated_log_heading``, header.yaml ``dated_column_labels``), when the row opens with a full
    date: "Response date FOI request Key words Additional documents / 22 August 2019 FOI 007585 Organisational
    structure chart.pdf ..." (NHS Greater Preston CCG's log). Memoised: the reference is read after the date."""
    if "dated_log_row" in ctx.memo:
        memoised: DatedLogRow | None = ctx.memo["dated_log_row"]
        return memoised
    found = None
    for heading in ctx.catalogue.dated_log_heading.finditer(ctx.lower):
        line = ctx.layout.line_at(heading.start("line"))
        if not line.text[:1].isupper():
            continue
        row = ctx.layout.line_below(line.number)
        if row is not None and not ctx.layout.in_quoted(row.start):
            dates = find_dates(ctx.text, row.start, row.end)
            if dates and dates[0].value is not None and not ctx.text[row.start : dates[0].start].strip():
                kind: LogDateKind = (
                    "response" if heading.group("response") else "received" if heading.group("received") else "either"
                )
                found = DatedLogRow(kind, row, dates[0])
        break
    ctx.memo["dated_log_row"] = found
    return found


# A log's table read across, its first columns dates: "Date received Date due Date completed Information asked for
# Notes / 15 April 2011 18 May 2011 16 May 2011 Under the Freedom of Information Act, ..." (Staffordshire University's
# disclosure log flattened from a PDF). The first row's dates stand under the headings in order; the date received is
# the request's, the date completed (responded, sent) the reply's, and a date due neither.
_DATE_COLUMN = (
    r"(?:date (?:received|due|completed|responded|sent|closed)|(?:received|due|completed|response|closed) date)"
)
_DATE_COLUMNS_HEADING_RE = re.compile(rf"^[ \t]*({_DATE_COLUMN}(?:[ \t]+{_DATE_COLUMN})+)\b", re.I | re.M)
_DATE_COLUMN_RE = re.compile(_DATE_COLUMN, re.I)


def _date_columns_row(ctx: Context) -> dict[str, FoundDate]:
    """The first row's dates under a heading line of date columns (above), by what they date: "received" and
    "response"; memoised."""
    if "date_columns_row" in ctx.memo:
        memoised: dict[str, FoundDate] = ctx.memo["date_columns_row"]
        return memoised
    found: dict[str, FoundDate] = {}
    heading = _DATE_COLUMNS_HEADING_RE.search(ctx.text, 0, _LOG_HEADING_REACH)
    if heading is not None:
        columns = [m.group().lower() for m in _DATE_COLUMN_RE.finditer(heading.group(1))]
        line = ctx.layout.line_at(heading.start(1))
        row = ctx.layout.line_below(line.number)
        dates = find_dates(ctx.text, row.start, row.end) if row is not None else []
        if row is not None and len(dates) >= len(columns) and not ctx.text[row.start : dates[0].start].strip():
            for column, date in zip(columns, dates, strict=False):
                if date.value is None:
                    break
                if "received" in column:
                    found.setdefault("received", date)
                elif "due" not in column:
                    found.setdefault("response", date)
    ctx.memo["date_columns_row"] = found
    return found


_LOG_HEADING_REACH = 2000  # characters: a log's heading stands near the top of its page


@dataclass(frozen=True)
class SlashTableRow:
    """A log's table flattened with " / " between its cells: its column headings (lower-cased) and its first row's
    cells, each (text, start, end) in the text."""

    headings: list[str]
    cells: list[tuple[str, int, int]]

    def cell_under(self, headings: Iterable[str]) -> tuple[str, int, int] | None:
        """The first row's cell under the first column whose heading is one of ``headings`` (lower-cased)."""
        wanted = set(headings)
        index = next((i for i, heading in enumerate(self.headings) if heading in wanted), None)
        return self.cells[index] if index is not None and index < len(self.cells) else None


_SLASH = " / "
_FEWEST_SLASH_COLUMNS = 4
_SLASH_TABLE_REACH = 40  # lines from the top where a log's table heads its page
_HEADING_CELL_RE = re.compile(r"[A-Za-z][A-Za-z.]*(?: [A-Za-z.]+){0,3}")


def first_slash_table_row(ctx: Context) -> SlashTableRow | None:
    """The heading line and the first row below it of a log's table flattened with " / " between its cells: "Type / Sub
    Enquiry ID / Date Received / Date Responded / Service / Enquiry Details / Response Details / Organisation / 13740 /
    03/09/12 / 01/10/2012 / CYPS - Schools Traded Services / Subject: Primary Schools" (the London Borough of Newham's
    report of its responses). The headings are a few words each with no figure; the row's cells line up under them.
    Memoised: the reference and both dates are read from it."""
    if "slash_table_row" in ctx.memo:
        memoised: SlashTableRow | None = ctx.memo["slash_table_row"]
        return memoised
    found = None
    lines = ctx.layout.lines
    for line in lines[:_SLASH_TABLE_REACH] if _SLASH in ctx.text else ():
        if line.text.count(_SLASH) < _FEWEST_SLASH_COLUMNS - 1:
            continue
        headings = [heading.strip() for heading in line.text.split(_SLASH)]
        if not all(_HEADING_CELL_RE.fullmatch(heading) for heading in headings):
            continue
        row = ctx.layout.line_below(line.number)
        if row is None or row.text.count(_SLASH) < _FEWEST_SLASH_COLUMNS - 1 or ctx.layout.in_quoted(row.start):
            break
        cells = []
        start = row.start
        for cell in row.text.split(_SLASH):
            stripped = cell.strip()
            offset = start + len(cell) - len(cell.lstrip())
            cells.append((stripped, offset, offset + len(stripped)))
            start += len(cell) + len(_SLASH)
        found = SlashTableRow([" ".join(heading.lower().split()) for heading in headings], cells)
        break
    ctx.memo["slash_table_row"] = found
    return found


def _slash_table_date(ctx: Context, labels: Iterable[str]) -> FoundDate | None:
    """The first row's date under the column a label of ``labels`` heads, in a table flattened with " / "."""
    row = first_slash_table_row(ctx)
    cell = row.cell_under(label.lower() for label in labels) if row is not None else None
    if cell is None:
        return None
    dates = find_dates(ctx.text, cell[1], cell[2])
    return dates[0] if dates and dates[0].value is not None and dates[0].start == cell[1] else None


# A heading dating the message below it, its date last before a colon: "Letter to Parish Council / Post on Haconby &
# Stainfield Facebook Group 6 March 2020:" above the request, "Parish Council Post on Haconby & Stainfield Facebook
# Group 7 March 2020:" above the reply (Haconby & Stainfield Parish Council's disclosure log). Whose message it is, the
# words below say: the requester's (answers.yaml requester_voice), or the authority's, which address "your request".
_DATED_HEADING_LINE = 160
_MESSAGE_READ = 1200
_YEAR_AND_COLON_ENDING_A_LINE_RE = re.compile(r"\d\d[ \t]*:[ \t]*(?=\n|\Z)")
_ADDRESSES_THE_REQUEST_RE = re.compile(r"\byour (?:[\w()-]+ ){0,5}(?:request|enquiry)\b", re.I)
_PERIOD_WORD_BEFORE_RE = re.compile(r"\b(?:from|between|to|until|till|since|before|after|ending|by|of)[ \t]*$", re.I)


def dated_message_headings(ctx: Context) -> list[tuple[str, FoundDate]]:
    """(whose, date) of each heading line that ends in a full date and a colon above a message: "requester" or
    "authority" (see above); memoised."""
    if "dated_message_headings" in ctx.memo:
        memoised: list[tuple[str, FoundDate]] = ctx.memo["dated_message_headings"]
        return memoised
    dated: list[tuple[int, FoundDate]] = []
    for ending in _YEAR_AND_COLON_ENDING_A_LINE_RE.finditer(ctx.text):
        line = ctx.layout.line_at(ending.start())
        text = line.text.rstrip()
        if len(text) > _DATED_HEADING_LINE:
            continue
        dates = find_dates(ctx.text, line.start, line.start + len(text))
        # (one date, not a period a request asks about: "From the period 1st January 2021 to 31st December 2021:",
        # "data since 1 April 2020:")
        if (
            len(dates) == 1
            and dates[0].value is not None
            and ctx.text[dates[0].end : line.start + len(text)].strip() == ":"
            and not _PERIOD_WORD_BEFORE_RE.search(ctx.text, line.start, dates[0].start)
        ):
            dated.append((line.end, dates[0]))
    found: list[tuple[str, FoundDate]] = []
    for n, (below, date) in enumerate(dated):
        end = min(dated[n + 1][1].start if n + 1 < len(dated) else len(ctx.text), below + _MESSAGE_READ)
        if ctx.catalogue.requester_voice_re.search(ctx.text, below, end):
            found.append(("requester", date))
        elif _ADDRESSES_THE_REQUEST_RE.search(ctx.text, below, end):
            found.append(("authority", date))
    ctx.memo["dated_message_headings"] = found
    return found


# A log's reply heading with its date's label in brackets: "FOI Request (received 02 April 2014)" above the request,
# "Response (issued 09 April 2014)" above the reply (the Department for Regional Development's disclosure log).
_REPLY_HEADING_BRACKET_RE = re.compile(r"(?:response|reply)[ \t]*\(", re.I)


# A letterhead's date broken before its year: "SE1 0EH / 17th July / 2012 / email:foi@lond-amb.nhs.uk / Our Ref:1083"
# (the London Ambulance Service's letter as a PDF's text).
_YEAR_ALONE_RE = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]*")
_DATE_LINE_CHARS = 40


def _date_line_end(ctx: Context, line: Line) -> int:
    """Where a letterhead's date line ends for the date search: its first 40 characters, or the next line too when
    that holds the year alone."""
    lines = ctx.layout.lines
    below = lines[line.number + 1] if line.number + 1 < len(lines) else None
    if below is not None and len(line.text) <= _DATE_LINE_CHARS and _YEAR_ALONE_RE.fullmatch(below.text):
        return below.end
    return min(line.end, line.start + _DATE_LINE_CHARS)


# The reference's label after a date label, a letterhead's labels read across before their values ("Date Our Ref
# 05/10/12 3289"): the one spelling extract_response_date and extract.reference's _read_value read it by.
OUR_REF_LABEL = r"our[ \t]+ref(?:erence)?\.?[ \t]*:?"
_REFERENCE_LABEL_AFTER_RE = re.compile(rf"[ \t]+{OUR_REF_LABEL}[ \t]*")
# The reference standing between a date label and its date (see extract_response_date).
_REFERENCE_VALUE_RE = re.compile(r"[ \t]*:?[ \t]*[A-Z][A-Z0-9]*[-/][\w/-]*\d[\w/-]*[ \t]+")


# A letterhead's fields read across one line, each label after the last field's value: "Internal Reviewer Louise
# Lander, Advisor FOI Reference IR2013022 (RFI20130166) Date 26 April 2013" (the BBC's internal review decision). The
# label in capitals after a value holding a digit (a reference) is the letter's date line.
_FIELD_VALUE_END_RE = re.compile(r"\b\(?[A-Za-z/-]*\d[\w/-]*\)?$")
# Or after the letterhead's reference fields, whatever field came last: "Our Ref: 004436/13 Your Ref: Address
# Correspondence to: Steven Morris, Information Management Date 19 August 2013 Dear Mr Jones," (Leicestershire
# Police's letter flattened to one line).
_REFERENCE_FIELD_BEFORE_RE = re.compile(r"\b(?:Our|Your|My) Ref(?:erence)?\b")
# Or the reference's field after the date, the addressee's name before it: "Ms Elizabeth Thomson Date 22 February 2019
# Your Ref Our Ref BRD / AF / FOI /14296 SENT BY EMAIL TO:" (NHS Greater Glasgow and Clyde's letterhead, flattened).
_DATE_THEN_REFERENCE_FIELD_RE = re.compile(
    r"[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+[ \t]+(?:19|20)\d\d[ \t]+(?:Our|Your) Ref(?:erence)?\b"
)


# The end of a period after its first day, in words or in figures: "Date: 26 March 2020 to 26 March 2023", "Dated
# 01/01/2019 through to 29/10/2021." (the period a WhatDoTheyKnow request to the Tees Valley Combined Authority asks
# about).
_PERIOD_TO_RE = re.compile(
    r"[ \t]+(?:to|until|till|through(?:[ \t]+to)?)[ \t]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8},?[ \t]+\d{4}\b|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d\d)\b)"
)


_DISTINCT_LABEL_WORDS = 3


def extract_response_date(ctx: Context) -> tuple[dt.date, Span] | None:
    """The date the reply was written: a labelled date line, else a date standing alone on a header line."""
    layout = ctx.layout
    best: tuple[int, int, FoundDate] | None = None
    published = False  # the best so far is a page's publication date
    for m in ctx.catalogue.response_label_re.finditer(ctx.lower):
        # Most labels ("Children's Social Care response:") are followed by no date at all: that costs one match.
        # "Response" itself heads answers ("Response:\nMarch 2028."), so its date must be on its line.
        value_at = m.end()
        quick = _MAY_START_A_DATE.match(ctx.lower, m.end())
        flattened = quick is None and ctx.text.startswith(":", m.end())
        if flattened and ctx.lower.endswith(("ref:", "reference:"), 0, m.start() - 1):
            # A letterhead's table read across, its labels before its values: "Our Ref: Date: IM-FOI-2018-1421 06
            # July 2018" (Police Scotland's letter as a PDF flattened to one line); the date follows the reference.
            after_reference = _REFERENCE_VALUE_RE.match(ctx.text, m.end())
            if after_reference is not None:
                value_at = after_reference.end()
                quick = _MAY_START_A_DATE.match(ctx.lower, value_at)
        label_row = False
        if quick is None and m.group() == "date" and (ref_label := _REFERENCE_LABEL_AFTER_RE.match(ctx.lower, m.end())):
            # ... or in the other order, without colons: "www.nhslothian.scot.nhs.uk Date Our Ref 05/10/12 3289
            # Enquiries to ..." (NHS Lothian's letter flattened to one line); the date is the first value.
            value_at = ref_label.end()
            quick = _MAY_START_A_DATE.match(ctx.lower, value_at)
            label_row = quick is not None
        if quick is None or (m.group() == "response" and "\n" in quick.group()):
            continue
        # A commissioner's decision flattened from a PDF runs its header into one line with the commissioner's name
        # ("Case No: Decision Date: 26 July 2007 Kevin Dunion Scottish Information Commissioner Kinburn Castle"):
        # the name marks the line as complaint-rights boilerplate, but the decision's own date label stands there.
        if layout.in_quoted(m.start()) or layout.boilerplate_kind(m.start()) not in (None, "commissioner"):
            continue
        line = layout.line_at(m.start())
        # A label counts at the start of its line or table cell, or anywhere when a colon follows it
        # ("Decision notice Date: 1 October 2012" in text flattened from a PDF).
        before = ctx.text[line.start : m.start()].strip(" |*-•")
        # "Response" alone labels a log's reply date at the start of its line or cell only; inside a line it is some
        # reply's, named by the words before it: "Chronology Original FoI request: 09 July 2011 Acknowledgement: 11 July
        # 2011 UKBA s response: 25 July 2011" (the Home Office's internal review report, flattened from a PDF, under its
        # letter's "Date: 18 August 2011").
        if before and m.group() == "response" and not before.endswith(("|", "/")):
            continue
        if (
            before
            and not label_row
            and not before.endswith(("|", "/"))
            and not ctx.text.startswith(":", m.end())
            # (a label of three words and more is no sentence's words: "1 Freedom of Information Act 2000 (Section 50)
            # Decision Notice Date 14 April 2009 Public Authority: Ministry of Justice", the Information Commissioner's
            # notice flattened from a PDF, no colon after its label)
            and len(m.group().split()) < _DISTINCT_LABEL_WORDS
            and not _REPLY_HEADING_BRACKET_RE.fullmatch(before)
            and not _RECEIVED_FIELD_AND_RE.fullmatch(before)
            and not (
                ctx.text.startswith("Date", m.start())
                and (
                    _FIELD_VALUE_END_RE.search(before)
                    or _REFERENCE_FIELD_BEFORE_RE.search(before)
                    or _DATE_THEN_REFERENCE_FIELD_RE.match(ctx.text, m.end()) is not None
                )
            )
        ):
            continue
        # A response label inside another date's label starts after some words of it ("Received Date:
        # 06/10/2025"); at the start of its line it is followed by a date.
        if before and any(start <= m.start() and m.end() <= end for start, end in _other_date_labels(ctx)):
            continue
        if _sent_by_the_requester(ctx, line):
            continue
        found = _date_after(ctx, value_at)
        if found is None or found.value is None:
            continue
        if _PERIOD_TO_RE.match(ctx.text, found.end):
            # A period, not a day: "Date: 26 March 2020 to 26 March 2023" under a log's title (Medway NHS Foundation
            # Trust's log, the period its request asks about).
            continue
        if (
            m.group().strip() in _BARE_DATE_LABELS
            and (logged := _log_entry_bare_date(ctx)) is not None
            and logged.start == found.start
        ):
            continue  # the request's day in a log entry's head, its "Date of Response" below (_log_entry_bare_date)
        if m.group().strip() == "updated" and ctx.text[found.end : line.end].strip():
            # A page's date of update stands alone on its line; a record's footer is a case-law site's: "Updated: 06
            # December 2021; Ref: scu.527773" under an ICO decision of 2014 republished by swarb.
            continue
        # A label that names the reply ("Date of Response:") beats a bare "Date:" at the same level (a disclosure
        # log: "Date: 5 January 2021" for the request above "Date of Response: 15 January 2021").
        rank = (0 if layout.in_header(m.start()) else 2) + (1 if m.group().strip() in _BARE_DATE_LABELS else 0)
        label_words = " ".join(m.group().split())
        yielding = label_words in ctx.catalogue.yielding_response_labels
        if yielding:
            # A page's publication date counts only when no other label dates the reply (shared/corpus/LABELLING.md):
            # "Published 1 November 2023" heads a GOV.UK page above "Date of release: 1 February 2021" (the
            # Intellectual Property Office). So does a tribunal's hearing (header.yaml yielding_labels).
            rank += 3
        elif label_words in ctx.catalogue.superseding_response_labels:
            rank -= 1
        if best is None or (rank, m.start()) < (best[0], best[1]):
            best = (rank, m.start(), found)
            published = yielding
    if best is None and (listed := _ICO_LISTING_HEADING_RE.match(ctx.text)) is not None:
        found = _date_after(ctx, listed.end())
        if found is not None and found.value is not None:
            best = (0, listed.start(), found)
    if best is None and (crumb := _CASE_LAW_BREADCRUMB_RE.search(ctx.text, 0, _CASE_LAW_BREADCRUMB_REACH)) is not None:
        found = _date_after(ctx, crumb.end())
        if found is not None and found.value is not None:
            best = (0, crumb.end(), found)
    if best is None and (row := first_dated_log_row(ctx)) is not None and row.kind == "response":
        best = (0, row.date.start, row.date)
    if best is None and (column := _date_columns_row(ctx).get("response")) is not None:
        best = (0, column.start, column)
    if best is None and (cell := _slash_table_date(ctx, ctx.catalogue.header.response_date.labels)) is not None:
        best = (0, cell.start, cell)
    if best is None:
        replies = [date for whose, date in dated_message_headings(ctx) if whose == "authority"]
        if replies:
            best = (0, replies[0].start, replies[0])
    if best is None:
        best = _date_under_a_reply_heading(ctx)
    if best is None:
        best = _dated_heading(ctx)
    if best is None or published:
        # A page's publication date yields to the letter's own date line too: "Published 17 January 2024" heads a
        # GOV.UK page above the letter "15th August 2022 / FOI 22/827 / Dear" (the MHRA).
        # "29 November 2023" alone on a line in the letterhead block: the first such line of each of the
        # authority's messages. In a WhatDoTheyKnow thread (an acknowledgement dated 3 April, the response 29
        # April) the most substantive message is the reply, and the longest is taken for it.
        # A later date line beside the reference line is the letter's own, not a date above its letterhead:
        # "Thursday 8 November 2012" heads a blog post quoting the letter "5 November 2012 / Our Ref: e13572 /
        # Dear Mr Morris" (the London Borough of Richmond upon Thames).
        dated: dict[int, tuple[int, int, FoundDate]] = {}
        settled: set[int] = set()  # messages whose date line stands beside their reference line
        for line in layout.lines:
            if line.start > 3000 or layout.in_quoted(line.start):
                break
            message = layout.message_at(line.start)
            if message.from_requester or message.start in settled:
                continue
            if not line.text or len(line.text) > 120:
                continue
            if (
                not layout.in_header(line.start)
                and not _under_the_salutation(ctx, message, line)
                and not _heads_the_next_letter(ctx, line)
                # A letter below a page's own lines keeps its date beside its reference: "369 Fulham Road / London /
                # SW10 9NH / 20 August 2013 / Our Ref: FOI 2013/250" under a document site's "Download", "Survey"
                # and "Transcript" (a Chelsea and Westminster Hospital reply).
                and not (_MAY_START_A_DATE.match(ctx.lower, line.start) and _beside_reference_line(ctx, line))
            ):
                continue
            if _labelled_by_other(ctx, line):
                continue  # "Last updated:" above it
            if published and best is not None and line.start <= best[2].start < line.end:
                # The publication date itself, on its own line under its label, is no date line of the letter's:
                # "First published: / 22 February 2022 / Last updated: / Details / 18 February 2022 / Dear" (the Welsh
                # Government's page for ATISN 16090).
                continue
            dates = find_dates(ctx.text, line.start, _date_line_end(ctx, line))
            if len(dates) == 1 and dates[0].value is not None:
                if (
                    not _beside_date(ctx, line, dates[0])
                    or _reference_cells_follow(ctx, line, dates[0])
                    or _address_follows(ctx, line, dates[0])
                    or _after_the_addressee(ctx, line, dates[0])
                    or _cell_after_a_letterhead_label(ctx, line, dates[0])
                    # (a short line too: "Our Reference: 101004 29 January 2016", the Ministry of Justice's letter
                    # flattened from a PDF, the Judicial Conduct Investigations Office answering)
                    or (
                        (label := ctx.catalogue.reference_label_re.pattern.match(ctx.lower, line.start, line.end))
                        is not None
                        and _date_ending_a_reference_line(ctx, line, label.end()) is not None
                    )
                ):
                    beside_reference = _beside_reference_line(ctx, line)
                    if message.start not in dated or beside_reference:
                        dated[message.start] = (message.end - message.start, line.start, dates[0])
                    if beside_reference:
                        settled.add(message.start)
            elif (
                line.end > line.start + _DATE_LINE_CHARS
                and (not dates or dates[0].value is None)
                and (label := ctx.catalogue.reference_label_re.pattern.match(ctx.lower, line.start, line.end))
            ):
                ending = _date_ending_a_reference_line(ctx, line, label.end())
                if ending is not None:
                    dated[message.start] = (message.end - message.start, line.start, ending)
        if dated:
            # A holding message is no reply, however long: "30th May 2012 / ... Your request is being dealt with in
            # accordance with the Freedom of Information Act 2000. We will respond promptly, and no later than 27 June
            # 2012" above "27th June 2012 / ... I am writing further to our email dated 30 May 2012 in which we
            # acknowledged your request" (the Information Commissioner's Office on WhatDoTheyKnow, the page cut inside
            # the reply).
            several = len(dated) > 1

            def replying_first(at: int) -> tuple[bool, int, int]:
                size, line_start, _found = dated[at]
                return (not (several and ctx.in_a_holding_message(at)), size, -line_start)

            _size, start, found_date = dated[max(dated, key=replying_first)]
            best = (4, start, found_date)
    if best is None:
        best = _date_before_the_greeting(ctx)
    if best is None:
        best = _attributed_reply(ctx)
    if best is None:
        return None
    found = best[2]
    assert found.value is not None
    return found.value, ctx.span(found.start, found.end)


# An email client's line over the message it quotes: "On Fri, Mar 14, 2014 at 10:26 AM, Infocompliance, Resource
# (infocompliance@warwick.ac.uk) wrote (FOI Request):" above the University of Warwick's reply, on a page quoting the
# thread.
_ATTRIBUTION_RE = re.compile(r"[>* \t]*On [^\n]{8,200}? wrote\b[^\n]{0,40}:[ \t]*$")


def _attributed_reply(ctx: Context) -> tuple[int, int, FoundDate] | None:
    """The date of the authority's message as the line an email client writes above it gives it, where nothing else
    dates the reply: the longest such message's."""
    layout = ctx.layout
    best: tuple[int, tuple[int, int, FoundDate]] | None = None
    for message in layout.messages:
        if message.from_requester or "wrote" not in ctx.text[message.start : message.start + 300]:
            continue
        first = layout.line_at(message.start)
        for line in layout.lines[first.number : first.number + 3]:
            m = _ATTRIBUTION_RE.match(ctx.text, line.start, line.end)
            if m is None:
                continue
            dates = find_dates(ctx.text, m.start(), m.end())
            if dates and dates[0].value is not None:
                size = message.end - message.start
                if best is None or size > best[0]:
                    best = (size, (5, dates[0].start, dates[0]))
            break
    return best[1] if best else None


# A letter flattened onto one line by its PDF's text layer: its date stands right before its greeting ("... Our ref:
# FOI2016/20779 07 November 2016 Dear Kyla Mandel, INTERNAL REVIEW OF ...", the Department for International Trade).
_GREETING_AFTER_RE = re.compile(r"[ \t]+Dear (?:[A-Z]|Sir|Madam)")
_FLATTENED_LINE = 200  # characters: no letterhead line is this long unless the lines were run together


def _date_before_the_greeting(ctx: Context) -> tuple[int, int, FoundDate] | None:
    """The date right before "Dear ..." on a letter's first long line, where the letter was flattened; a document
    site's lines may stand above it ("RVC Response 4Th February 2016 / Total Page:16 / File Type:pdf, Size:1020Kb /
    Library and Information Services Royal Veterinary College ... www.rvc.ac.uk 4 February 2016 Dear Mr Steele ...",
    the Royal Veterinary College's letter on docslib)."""
    for line in first_lines_with_words(ctx, 5):
        if ctx.layout.in_quoted(line.start):
            continue
        greeting = _GREETING_AFTER_RE.search(ctx.text, line.start, min(line.end, line.start + 1500))
        if greeting is None:
            if len(line.text) >= _FLATTENED_LINE and (opening := _date_opening_a_flattened_letter(ctx, line)):
                return opening
            continue
        dates = find_dates(ctx.text, max(line.start, greeting.start() - _HEADING_BEFORE_THE_GREETING), greeting.start())
        if len(line.text) < _FLATTENED_LINE and not (
            # or a short line that is only the date and the greeting run together: "14 December 2015 Dear Mr
            # Donovan," under the letterhead (the Home Office's letter on docslib)
            dates and dates[-1].end == greeting.start() and not ctx.text[line.start : dates[-1].start].strip()
        ):
            continue
        if (
            dates
            and dates[-1].value is not None
            and (
                dates[-1].end == greeting.start()
                or _CAPITALS_HEADING_RE.fullmatch(ctx.text, dates[-1].end, greeting.start()) is not None
                or _LETTERHEAD_FIELDS_RE.fullmatch(ctx.text, dates[-1].end, greeting.start()) is not None
            )
        ):
            return (5, dates[-1].start, dates[-1])
    return _date_ending_the_line_above_the_greeting(ctx)


# Only a protective marking before the date: "NOT PROTECTIVELY MARKED 3 March 2016 Our Ref: IM-FOI-2016-2711 FREEDOM
# OF INFORMATION (SCOTLAND) ACT 2002 I refer to your recent request ..." (Police Scotland's letter flattened to one
# line, no greeting in it).
_MARKING_ONLY_RE = re.compile(r"[A-Z][A-Z \t-]*[A-Z][ \t]+")


def _date_opening_a_flattened_letter(ctx: Context, line: Line) -> tuple[int, int, FoundDate] | None:
    """The date opening a letter's first line where the letter was flattened, after nothing but a protective marking
    and straight before the body's "Our Ref" field."""
    for found in find_dates(ctx.text, line.start, min(line.end, line.start + _HEADING_BEFORE_THE_GREETING)):
        if (
            found.value is not None
            and _REFERENCE_LABEL_AFTER_RE.match(ctx.lower, found.end)
            and (found.start == line.start or _MARKING_ONLY_RE.fullmatch(ctx.text, line.start, found.start))
        ):
            return (5, found.start, found)
    return None


_NAMES_THE_REQUEST_RE = re.compile(r"\b(?i:request|dated|received|your)\b")


def _date_ending_the_line_above_the_greeting(ctx: Context) -> tuple[int, int, FoundDate] | None:
    """A full date ending the letterhead's last line, straight above the first greeting of the authority's, its contact
    details before it on the line: "Please contact Information Governance Direct line 024 7683 3323 [email protected] 6
    June 2018 / (blank) / Dear Sir/Madam" (Coventry City Council's letter on docslib, its letterhead's cells run into
    lines)."""
    layout = ctx.layout
    for salutation in layout.salutations:
        if layout.message_at(salutation.start).from_requester or layout.in_quoted(salutation.start):
            continue
        above = layout.line_above(salutation.number, within=3)
        if above is not None and _reference_line(ctx, above):
            # (or above the reference's line: "Email: Mr A Leader BY EMAIL 11th February 2019 / (blank) / Our
            # Reference: LAG/JC/SG/FOI18484 / (blank) / Dear Mr Leader", Kirklees Council's review on docslib)
            above = layout.line_above(above.number, within=3)
        if above is None or not layout.in_header(above.start) or _labelled_by_other(ctx, above):
            return None  # (not the request's date under its label: "Request Date: / 11 July 2024 / Dear Sir / Madam")
        dates = find_dates(ctx.text, above.start, above.end)
        if dates and _reference_value_shaped_as_a_date(ctx, above, dates[-1]):
            return None
        if dates and dates[-1].value is not None and not ctx.text[dates[-1].end : above.end].strip():
            # (not a heading naming the request by its date: "REQUEST FOR INFORMATION DATED 6 AUGUST 2020 / Dear
            # William Harrold", East West Rail's letter quoted on a blog)
            if _NAMES_THE_REQUEST_RE.search(ctx.text, above.start, dates[-1].start):
                return None
            return (5, dates[-1].start, dates[-1])
        return None
    return None


def _reference_value_shaped_as_a_date(ctx: Context, line: Line, found: FoundDate) -> bool:
    """Whether ``found`` is the value of the reference label opening ``line``, figures alone straight after it: "Our
    reference 14-05-62 / (blank) / Dear Heather," (Sunderland City Council's review letter), a case, not 14 May 2062."""
    label = _own_reference_label(ctx, line)
    return (
        label is not None
        and not ctx.text[label.end() : found.start].strip(" \t:.#-")
        and not any(char.isalpha() for char in ctx.text[found.start : found.end])
    )


def _reference_line(ctx: Context, line: Line) -> bool:
    """Whether ``line`` opens with one of the body's own reference labels (patterns/header.yaml) and holds no date."""
    return _own_reference_label(ctx, line) is not None and not find_dates(ctx.text, line.start, line.end)


def _own_reference_label(ctx: Context, line: Line) -> re.Match[str] | None:
    """The body's own reference label (patterns/header.yaml) opening ``line``, not the requester's or another's."""
    indent = len(line.text) - len(line.text.lstrip())
    m = ctx.catalogue.reference_label_re.pattern.match(ctx.lower, line.start + indent, line.end)
    return m if m is not None and not m.group("other") and not m.group("requester") else None


# Or the letter's heading in capitals between, its reference after a dash perhaps: "DX: 28340 Oakham 11 January 2018
# FREEDOM OF INFORMATION REQUEST – 46/18 Dear Sir/Madam" (Rutland County Council's letter on docslib).
_CAPITALS_HEADING_RE = re.compile(r"[ \t]+[A-Z][A-Z'&]+(?:[ \t]+[A-Z][A-Z'&]+)+(?:[ \t]+[-–:][ \t]+[\w/.-]+)?")
_HEADING_BEFORE_THE_GREETING = 100  # characters
# Or the letterhead's fields between, each a label and its value: "FOI@SomersetFT.nhs.uk 09 September 2021 Our ref: FOI
# 100794 Category: Clinical Information Dear Sir/Madam" (Somerset NHS Foundation Trust's letter on a PDF host).
_LETTERHEAD_FIELDS_RE = re.compile(r"(?:[ \t]+[A-Z][A-Za-z]*(?: [A-Za-z]+)?:[ \t]*[^\n:]{1,40}?){1,3}")


def _beside_reference_line(ctx: Context, line: Line) -> bool:
    """Whether the first line with words above or below ``line`` opens with a reference label ("Our Ref: e13572")."""
    lines = ctx.layout.lines
    label = ctx.catalogue.reference_label_re.pattern
    for step in (-1, 1):
        number = line.number + step
        while 0 <= number < len(lines) and not lines[number].text.strip():
            number += step
        if 0 <= number < len(lines) and label.match(ctx.lower, lines[number].start, lines[number].end):
            return True
    return False


_LETTERHEAD_LINE = 80  # characters: a letterhead's lines are short


def _heads_the_next_letter(ctx: Context, line: Line) -> bool:
    """A line of a later letter's letterhead, only short lines between it and that letter's greeting: an email that
    pastes the letter in below its own greeting ("Dear Requester, / Further to your email, please find below the
    Trust's responses in text format ... / 19 May 2023 / Wendy Micklewright / Sent by email only to: / ... / Dear
    Requester,", Northamptonshire Healthcare NHS Foundation Trust)."""
    greeting = next((s for s in ctx.layout.salutations if s.number > line.number), None)
    if greeting is None or greeting.number - line.number > 8:
        return False
    return all(len(between.text) <= _LETTERHEAD_LINE for between in ctx.layout.lines[line.number : greeting.number])


def _under_the_salutation(ctx: Context, message: Message, line: Line) -> bool:
    """A line of the letterhead a PDF's layout put under the greeting: only reference lines stand between them
    ("Dear Carla Torre, / Reference: FOI.23.SEL281 / 06 December 2023 / Re: Freedom of Information request", NHS
    South East London ICB's letter on WhatDoTheyKnow)."""
    salutation = message.salutation
    if salutation is None or line.number <= salutation.number or line.number - salutation.number > 6:
        return False
    reference_label = ctx.catalogue.reference_label_re.pattern
    return all(
        not between.text.strip() or reference_label.match(ctx.lower, between.start, between.end)
        for between in ctx.layout.lines[salutation.number + 1 : line.number]
    )


def _beside_date(ctx: Context, line: Line, found: FoundDate) -> str:
    """What ``line`` holds besides the date ``found`` on it, less separators ("" for a date alone on its line): a
    table's cell bars, or the slashes a PDF-to-HTML copy puts at a letterhead cell's edge ("/ Our Ref:
    IM20140605-01 / Your Ref: / 03 July 2014 /", West Yorkshire Fire and Rescue Service on docsbay). Such a slash,
    spaced, also parts the date's cell from the next: "2 July 2012 / Southgate House" (NHS Wiltshire's letter on
    docsbay, its address the next cell)."""
    after = ctx.text[found.end : line.end]
    if _NEXT_CELL_RE.match(after):
        after = ""
    return (ctx.text[line.start : found.start] + after).strip(" ,.|/")


# (or a bar: "November 21, 2025 | Organisational Information and Performance , Policies" heading the Police Service of
# Northern Ireland's log entry, the page's date and its categories)
_NEXT_CELL_RE = re.compile(r"[ \t]+[/|][ \t]+\S")
# The rest of a letterhead's line after the date opening it: the body's address, down to its postcode.
_ADDRESS_TO_POSTCODE_RE = re.compile(rf"[ \t]+[A-Z][^\n.:;?!]{{5,100}}\b{POSTCODE}[ \t]*$")


def _address_follows(ctx: Context, line: Line, found: FoundDate) -> bool:
    """Whether the date opens its line and the body's address follows it to a postcode: a PDF's letterhead flattened
    into one line, "6 November 2019 CITB Head Office Bircham Newton Kings Lynn PE31 6RH" (the Construction Industry
    Training Board's letter on docslib)."""
    return found.start == line.start and _ADDRESS_TO_POSTCODE_RE.match(ctx.text, found.end, line.end) is not None


# A letterhead's labels and values read into one column, the cells of a row parted by a spaced slash, and a value
# standing beside the wrong label: "Please ask for : / Direct Line: / Your Reference: / Our Reference: / Document Name:
# / 10 February 2014 / Jenni Gamble" (Darlington Borough Council's letter on docsbay, its "Date:" label lines above).
_LETTERHEAD_LABEL_CELL_RE = re.compile(r"[ \t]*[A-Z][A-Za-z ]{1,30}[ \t]*:[ \t]+/[ \t]+")


def _cell_after_a_letterhead_label(ctx: Context, line: Line, found: FoundDate) -> bool:
    """Whether the date ends its line, in the cell after a letterhead's label that names no other date (a date label's
    cell, "Request received: / 10 January 2014", dates something else)."""
    if ctx.text[found.end : line.end].strip(" ,.|/"):
        return False
    label = _LETTERHEAD_LABEL_CELL_RE.fullmatch(ctx.text, line.start, found.start)
    return label is not None and not any(line.start <= start < found.start for start, _end in _other_date_labels(ctx))


# The addressee's name before the date that ends its line: the letterhead's name and date columns read across one
# line, "Mr Daniel Ball 14 February 2013" (Southampton City Council's letter).
_ADDRESSEE_BEFORE_RE = re.compile(r"[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?:[ \t]+[A-Z][\w'-]*){1,4}[ \t]+")


def _after_the_addressee(ctx: Context, line: Line, found: FoundDate) -> bool:
    """Whether the date ends its line after the addressee's name alone (see _ADDRESSEE_BEFORE_RE)."""
    return (
        not ctx.text[found.end : line.end].strip()
        and _ADDRESSEE_BEFORE_RE.fullmatch(ctx.text, line.start, found.start) is not None
    )


_SENT_HEADER_RE = re.compile(r"^(?:Sent|Date):[ \t]*", re.M)


# A Commissioner's decision opens its Background with the request, whoever made it and however it is worded: "1. On 16
# December 2010, solicitors acting on behalf of Dawn Developments Limited wrote to the Council", "1. On 18 March 2014,
# the secretary of MTOA wrote to the Council", "1.Mr P wrote to the Scottish Legal Aid Board (SLAB) on 15 January 2007"
# (the Scottish Information Commissioner).
_BACKGROUND_HEADING_RE = re.compile(r"^[ \t*_#]*background[ \t*_:]*$", re.I | re.M)
_FIRST_PARAGRAPH_RE = re.compile(
    r"[ \t*_]*1\.[ \t]*(?:on[ \t]+(?P<date_first>[^,\n]{6,40}),[^.\n]{0,120}?\b(?:wrote|asked|requested|made|submitted"
    r"|e-?mailed|sent|applied)\b|[^.\n]{2,80}?\b(?:wrote to|requested|asked|e-?mailed)\b[^.\n]{0,100}?\bon[ \t]+"
    r"(?P<date_after>[^,.\n]{6,40}))",
    re.I,
)


def _background_request_date(ctx: Context) -> list[tuple[int, int, FoundDate]]:
    """The date of the request in the first numbered paragraph under a decision's "Background" heading."""
    heading = _BACKGROUND_HEADING_RE.search(ctx.text)
    if heading is None:
        return []
    following = ctx.layout.line_at(min(heading.end() + 1, len(ctx.text) - 1))
    for line in ctx.layout.lines[following.number : following.number + 3]:
        m = _FIRST_PARAGRAPH_RE.match(line.text)
        if m is None:
            continue
        group = "date_first" if m.group("date_first") else "date_after"
        start = line.start + m.start(group)
        dates = find_dates(ctx.text, start, line.start + m.end(group))
        if dates and dates[0].value is not None:
            return [(3, dates[0].start, dates[0])]
        return []
    return []


_NAMES_A_REQUEST_RE = re.compile(r"\b(?:request|enquiry)$", re.I)


# A log page headed by the request's case, its date alone on the next line with words: "FOI request details / Request
# 18838 / 18 March 2016 / Applicant type: Journalist / 1. How many children's play areas ..." (the London Borough of
# Richmond upon Thames's published requests, the reply below it "Info provided - 11 April 2016").
_REQUEST_CASE_LINE_RE = re.compile(r"[ \t*]*(?:FOI[ \t]+)?Request[ \t]+[A-Z]{0,3}[-/]?\d{4,}[ \t*]*", re.I)
_HEAD_LINES = 4


def _date_under_the_request_case(ctx: Context) -> list[tuple[int, int, FoundDate]]:
    """The date alone on the line with words under a "Request <case>" line among the page's first lines."""
    lines = list(first_lines_with_words(ctx, _HEAD_LINES + 1))
    for line, below in itertools.pairwise(lines):
        if _REQUEST_CASE_LINE_RE.fullmatch(line.text) and (found := _date_alone_on(ctx, below)) is not None:
            return [(2, found.start, found)]
    return []


def _date_alone_on(ctx: Context, line: Line) -> FoundDate | None:
    """The full date ``line`` holds, if it holds that date and nothing else."""
    dates = find_dates(ctx.text, line.start, line.end)
    if len(dates) != 1 or dates[0].value is None:
        return None
    if (ctx.text[line.start : dates[0].start] + ctx.text[dates[0].end : line.end]).strip():
        return None
    return dates[0]


def _request_datelines(ctx: Context) -> list[tuple[int, int, FoundDate]]:
    """The date alone on a line just above the requester's greeting: WhatDoTheyKnow heads each message with its
    sender and date ("From: David Hopson / 11 June 2009 / Dear Sir or Madam, / Please can you provide ...")."""
    layout = ctx.layout
    found: list[tuple[int, int, FoundDate]] = []
    for message in layout.messages:
        if message.salutation is None or not message.from_requester or message.quoted:
            continue
        line = layout.line_above(message.salutation.number)
        if line is None or line.start < message.start:
            continue
        dates = find_dates(ctx.text, line.start, line.end)
        if len(dates) != 1 or dates[0].value is None:
            continue
        beside = _beside_date(ctx, line, dates[0])
        # (or after a heading naming the request: "what do they know Freedom Of Information Request17th July 2015" over
        # "Dear Mid Sussex District Council," in a local news blog reproducing the WhatDoTheyKnow request)
        if not beside or (dates[0].start > line.start and _NAMES_A_REQUEST_RE.search(beside)):
            found.append((2, line.start, dates[0]))
    # The request's own email quoted under a reply: "From: Flo Marks <[FOI #837031 email]> / Sent: 25 February 2022
    # 16:23" (National Museums Liverpool on WhatDoTheyKnow): when it was made.
    if "foi #" in ctx.lower:
        for m in _SENT_HEADER_RE.finditer(ctx.text):
            line = layout.line_at(m.start())
            if _sent_by_the_requester(ctx, line):
                dates = find_dates(ctx.text, m.end(), line.end)
                if dates and dates[0].value is not None:
                    found.append((1, dates[0].start, dates[0]))
                    break
    return found


def _date_ending_a_reference_line(ctx: Context, line: Line, label_end: int) -> FoundDate | None:
    """The date that ends a letterhead line opening with the reference ("Our ref: RR/CP/FOI/11.R.202 25 November
    2011", Powys Teaching Health Board's letter flattened from a PDF). The reference has a digit: a label with none
    after it before the date heads the request with its date ("REQUEST FOR INFORMATION DATED 6 AUGUST 2020", East
    West Rail)."""
    dates = find_dates(ctx.text, line.start, line.end)
    if len(dates) != 1 or dates[0].value is None or ctx.text[dates[0].end : line.end].strip(" ,.|"):
        return None
    between = ctx.text[label_end : dates[0].start]
    if not any(char.isdigit() for char in between):
        return None
    # (not the date of another field between them: "Request: 17311 Received: 29/09/2025", Shetland Islands Council's
    # page of questions answered)
    if _ANOTHER_FIELD_RE.search(between):
        return None
    return dates[0]


_ANOTHER_FIELD_RE = re.compile(r"\b(?!(?:ref|reference|no|number)\b)[A-Za-z]+[ \t]*:", re.I)


def _reference_cells_follow(ctx: Context, line: Line, found: FoundDate) -> bool:
    """Whether the date opens its line and the letterhead's reference cells follow it on the line, as a letterhead
    flattened from a table prints them ("3 March 2016 Your reference: Our reference: EIR 2016-0004", Cumbria County
    Council)."""
    if ctx.text[line.start : found.start].strip(" |"):
        return False
    rest = ctx.text[found.end : line.end]
    after = found.end + len(rest) - len(rest.lstrip(" ,|"))
    return ctx.catalogue.reference_label_re.pattern.match(ctx.lower, after, line.end) is not None


# What was received, just before the cue, is a review's request: "The request for an Internal Review was received on
# 27th October 2016 ... / On the 17th October 2016, the following request was received:" (a council's internal review
# report).
_REVIEW_RECEIVED_RE = re.compile(
    r"\b(?:request for an? (?:internal )?review|(?:internal )?review request)\b[^.\n]{0,20}$"
)


def _review_received(ctx: Context, start: int) -> bool:
    """Whether the words just before a received cue at ``start`` name a review's request."""
    return _REVIEW_RECEIVED_RE.search(ctx.lower, max(0, start - 80), start) is not None


def _asks_for_review(ctx: Context, start: int) -> bool:
    """Whether the sentence from ``start`` speaks of a review ("... in which you asked for an internal review")."""
    stop = ctx.lower.find(".", start, start + 300)
    return "review" in ctx.lower[start : stop if stop != -1 else start + 300]


def _other_date_labels(ctx: Context) -> list[tuple[int, int]]:
    """Where the labels of dates that are neither the reply's nor the request's stand ("Received Date", "Last
    updated"): searched only when a candidate needs them, once a parse."""
    if "other_date_labels" not in ctx.memo:
        ctx.memo["other_date_labels"] = [m.span() for m in ctx.catalogue.other_date_label_re.finditer(ctx.lower)]
    labels: list[tuple[int, int]] = ctx.memo["other_date_labels"]
    return labels


def _labelled_by_other(ctx: Context, line: Line) -> bool:
    """Whether the line above ``line`` is one of the other date labels, or the request's ("Last updated:",
    "Request Date" over "October 2, 2023" on a trust's disclosure log); a blank line may stand between ("Last
    updated: / (blank) / 30th December 2024", Wokingham Borough Council's page of answers to previous requests)."""
    above = ctx.layout.line_above(line.number, within=2)
    if above is None:
        return False
    label = above.text.strip().rstrip(":").rstrip()
    return bool(label) and any(
        start == above.start and end - start == len(label) for start, end in _other_date_labels(ctx)
    )


# A neutral citation and the decision's date in brackets after it, as BAILII titles the decisions it republishes:
# "British Library (Local government) [2023] UKICO 229296 (9 June 2023)", "Smith v Information Commissioner [2024]
# UKFTT 123 (GRC) (05 March 2024)"; an older case's letters before its number ("Rossendale Borough Council (Local
# government (Borough council)) [2017] UKICO FER0690148 (20 November 2017)").
# (the case's letters in lower case too: "Royal Holloway University of London (Education) [2020] UKICO fs50891017 (1
# July 2020)")
_NEUTRAL_CITATION_RE = re.compile(r"\[(?:19|20)\d\d\] UK[A-Z]{2,6} (?:[A-Za-z]{1,4}-?)?\d+(?: \([A-Z]{2,5}\))? \(")


# A disclosure log's entry titled by its date, its case number and its subject: "29 March 2016 – 634.2015-16 – Freedom
# of information requests – PCC engagements for Thursday 8 October 2015" (the North Yorkshire Police and Crime
# Commissioner's log, under the site's banner). Group "case" is the reference.
LOG_ENTRY_TITLE_RE = re.compile(
    r"^[ \t]*(?P<date>[0-3]?\d(?:st|nd|rd|th)? [A-Z][a-z]{2,8} (?:19|20)\d\d)[ \t]+[-\u2013\u2014][ \t]+"
    r"(?P<case>\d{1,6}(?:[./-]\d{2,4}){1,2})[ \t]+[-\u2013\u2014][ \t]+\S",
    re.M,
)
_TITLE_LINES = 4  # the lines with words a page's title may stand on, under its banner


def first_lines_with_words(ctx: Context, count: int) -> Iterator[Line]:
    """The text's first ``count`` lines that hold words (a page's title and the lines under it), not counting a
    website's controls above them (``patterns/header.yaml``, page_controls)."""
    controls = ctx.catalogue.page_controls_re
    lines = (line for line in ctx.layout.lines if line.text.strip() and not controls.fullmatch(line.text))
    return itertools.islice(lines, count)


def log_entry_title(ctx: Context) -> re.Match[str] | None:
    """The first lines' disclosure-log entry title (``LOG_ENTRY_TITLE_RE``), if one heads the text."""
    for line in first_lines_with_words(ctx, _TITLE_LINES):
        titled = LOG_ENTRY_TITLE_RE.match(ctx.text, line.start, line.end)
        if titled is not None:
            return None if ctx.layout.in_quoted(line.start) else titled
    return None


# A log's heading over the reply, its date alone on the next line with words: "East Herts Council Response / (blank) /
# 02 November 2020 / (blank) / After consideration of your request ..." (East Hertfordshire District Council's log on
# disclosure-log.co.uk, under "Customer Request Details / 19 October 2020" for the request).
_REPLY_HEADING_LINE_RE = re.compile(r"^[ \t*#_]*(?:[A-Z][\w&'.-]*[ \t]+){0,4}(?:Response|Reply)[ \t*_:]*$", re.M)


def _date_under_a_reply_heading(ctx: Context) -> tuple[int, int, FoundDate] | None:
    """The full date alone on the line under the first reply heading (above) that has one, a blank line or two
    between."""
    layout = ctx.layout
    for heading in _REPLY_HEADING_LINE_RE.finditer(ctx.text):
        if layout.in_quoted(heading.start()) or layout.boilerplate_kind(heading.start()) is not None:
            continue
        below = layout.line_below(layout.line_at(heading.start()).number, within=3)
        if below is not None and (found := _date_alone_on(ctx, below)) is not None:
            return (1, found.start, found)
    return None


def _dated_heading(ctx: Context) -> tuple[int, int, FoundDate] | None:
    """The date opening the text's first line, before a comma: the heading of the Information Commissioner's
    decision listings ("7 October 2014, Local government (County council)"); or the date closing a decision's
    neutral citation in its title; or the date of a disclosure log's entry title (``LOG_ENTRY_TITLE_RE``)."""
    citation = _NEUTRAL_CITATION_RE.search(ctx.text, 0, 3000)
    if citation is not None and not ctx.layout.in_quoted(citation.start()):
        dates = find_dates(ctx.text, citation.end(), citation.end() + 20)
        if (
            dates
            and dates[0].start == citation.end()
            and dates[0].value is not None
            and ctx.text.startswith(")", dates[0].end)
        ):
            return (2, citation.end(), dates[0])
    # (or its second, under the page's title naming the body: "Normandy Parish Council / 2 August 2016, Local
    # government (Parish council)")
    for first in first_lines_with_words(ctx, 2):
        if ctx.layout.in_quoted(first.start):
            return None
        dates = find_dates(ctx.text, first.start, first.end)
        if (
            dates
            and dates[0].value is not None
            and not ctx.text[first.start : dates[0].start].strip()
            and ctx.text.startswith(", ", dates[0].end)
        ):
            return (2, first.start, dates[0])
    titled = log_entry_title(ctx)
    if titled is not None:
        dates = find_dates(ctx.text, titled.start("date"), titled.end("date"))
        if dates and dates[0].value is not None:
            return (2, titled.start("date"), dates[0])
    published = _PUBLISHED_ON_RE.search(ctx.text, 0, _PUBLISHED_ON_REACH)
    if published is not None and not ctx.layout.in_quoted(published.start()):
        dates = find_dates(ctx.text, published.end(), published.end() + 30)
        if dates and dates[0].start == published.end() and dates[0].value is not None:
            return (3, published.end(), dates[0])
    return None


# A page's own sentence on when it was published, the reply's date where nothing else dates it (shared/corpus/
# LABELLING.md): "Produced by the Freedom of Information office / Authored by Government of Jersey and published on
# 18 September 2020." (the Government of Jersey's published responses). Only near the top, where a page says so. (Its
# date may be on the next line, the page's lines run together: "... officeAuthored by Government of Jersey and
# published on / 07 August 2020.Prepared internally, no external costs.")
_PUBLISHED_ON_RE = re.compile(r"\b(?:and|was) published on(?: |[ \t]*\n[ \t]*)")
_PUBLISHED_ON_REACH = 1500


# A decision's account of the request, in a paragraph that goes on to the complaint: "The Appellant made a 15-part
# request for information to the parish council on 3 July 2023 ... He also complained to the Information Commissioner
# who investigated and issued a decision notice on 4 January 2024." (the First-tier Tribunal on Potto Parish Council):
# the Commissioner's name makes the paragraph boilerplate, which a reply's own account of the request never is.
_PARTY_POSSESSIVES = ("appellant's ", "complainant's ", "applicant's ", "requester's ")
_PARTY = r"(?:complainant|applicant|appellant|requester)"
_NARRATED_REQUEST_RE = re.compile(
    rf"{_PARTY}s? (?:submitted|made|sent|requested|wrote to|asked)\b"
    # or the party's request named with its date: "the Appellants Request dated 13 June 2022" (patterns/header.yaml)
    rf"|{_PARTY}(?:'s|s'|s)? (?:original )?(?:information )?request\b"
    rf"|request(?:ed)? (?:for information )?(?:made )?by the {_PARTY}\b"
)


def _narrated_in_a_decision(ctx: Context, cue: re.Match[str], boilerplate: str) -> bool:
    """Whether a received cue inside boilerplate of kind ``boilerplate`` is a decision's account of the request: the
    party's own verb in the cue ("The Appellant made a 15-part request ... on 3 July 2023"; "... alleging that on 11th
    January 2005 the complainant requested from Rushden Town Council ...", an ICO decision notice), or the cue
    straight after the party's possessive (a tribunal's definitions: "Request the Appellant's request for information
    dated 2 October 2023;" beside "Decision Notice the notice of the Commissioner's decision ...", on Fladbury Parish
    Council)."""
    return boilerplate == "commissioner" and bool(
        _NARRATED_REQUEST_RE.search(ctx.lower, cue.start(), cue.end() + 1)
        or ctx.lower.endswith(_PARTY_POSSESSIVES, 0, cue.start())
    )


# A later letter's date before the phrase is not the request's: "In a further letter of 31 March, the applicant asked
# for the withheld information to be provided" (the BBC's internal review decision, the request dated 1 February).
_A_LATER_LETTER_RE = re.compile(r"\b(?:further|later|subsequent|second|follow-up)\b[^.;\n]{0,25}$")
# The end of a range: "Between 13 September 2019 and 23 September 2019, the complainant submitted 44 requests for
# various information" (the Information Commissioner on Rhondda Cynon Taf County Borough Council): many requests, no
# one day.
_RANGE_END_BEFORE_RE = re.compile(
    r"\b(?:between|from) (?:the )?\d{1,2}(?:st|nd|rd|th)?[ /.-]?[a-z0-9]*(?:[ /.-]\d{2,4})? (?:and|to) $"
)


# A log entry's bare "Date" above its "Date of Response": the day the request came. "FOI-6-22 / Date: 12 January 2022 /
# Summary: Purchase, Maintenance and Support of Network Equipment / FOI-6-22 / Date of Response: 8 February 2022"
# (the University of Wolverhampton's disclosure log, each entry so).
_LOG_BARE_DATE_RE = re.compile(r"^[ \t]*Date[ \t]*:?[ \t]+(?=\d)", re.M)
_LOG_RESPONSE_DATE_LABEL_RE = re.compile(r"^[ \t|]*(?:Date of (?:Response|Reply)|Response Date)\b", re.I | re.M)
_LOG_ENTRY_HEAD = 600  # characters: the entry's fields head its page


def _log_entry_bare_date(ctx: Context) -> FoundDate | None:
    """The date after a bare "Date" label that opens a line of a log entry's head, a "Date of Response" label below
    it; not in a letter (a salutation above it) or a requester's message. Memoised: both dates ask for it."""
    if "log_entry_bare_date" in ctx.memo:
        memoised: FoundDate | None = ctx.memo["log_entry_bare_date"]
        return memoised
    found = None
    bare = _LOG_BARE_DATE_RE.search(ctx.text, 0, _LOG_ENTRY_HEAD)
    if (
        bare is not None
        and not ctx.layout.by_requester(bare.start())
        and not any(salutation.start < bare.start() for salutation in ctx.layout.salutations)
        and _LOG_RESPONSE_DATE_LABEL_RE.search(ctx.text, bare.end(), bare.end() + _LOG_ENTRY_HEAD) is not None
    ):
        after = _date_after(ctx, bare.end(), limit=4)
        found = after if after is not None and after.value is not None else None
    ctx.memo["log_entry_bare_date"] = found
    return found


def extract_received_date(ctx: Context, anchor: dt.date | None) -> tuple[dt.date, Span] | None:
    """The date the request was received (or made), from a label or a phrase such as "received on"."""
    candidates: list[tuple[int, int, FoundDate]] = []
    layout = ctx.layout
    for m in ctx.catalogue.received_label_re.finditer(ctx.lower):
        line = layout.line_at(m.start())
        before = ctx.text[line.start : m.start()].strip(" |*-•")
        if before and not before.endswith(("|", "/")):
            continue
        found = _date_after(ctx, m.end())
        if found is not None:
            candidates.append((4, m.start(), found))
    for m in ctx.catalogue.received_cue_re.finditer(ctx.lower):
        if (kind := layout.boilerplate_kind(m.start())) and not _narrated_in_a_decision(ctx, m, kind):
            continue
        strength = int(next(name for name, value in m.groupdict().items() if value).rsplit("_", 1)[1])
        if m.group() == "dated":
            line_start = layout.line_at(m.start()).start
            if not ctx.text[line_start : m.start()].strip(" |*-•"):
                continue  # "Dated 14th December 2006" opening its line dates the document it ends
            if ctx.catalogue.others_dated_re.search(ctx.lower, max(line_start, m.start() - 80), m.start()):
                continue  # "the Commissioner's Decision Notice ... dated 28 February 2023"
            if layout.by_requester(m.start()):
                # The requester's own words date what they ask for: "Please disclose the Independent assessors
                # review and opinion sent to the FOS dated 10/07/2013" (to the Financial Ombudsman Service).
                continue
        if "request" not in m.group() and (_asks_for_review(ctx, m.end()) or _review_received(ctx, m.start())):
            # "your email of 14 August 2024, in which you asked the University to review ... your request for
            # information of 3 June 2024": the email asks for the review; the request is the one reviewed.
            strength -= 1
        # One request made over several emails is dated by the first ("your emails of 7, 8 and 9 December 2019",
        # Ofsted); several requests' dates date none of them ("your requests received on 4, 5, 6, 8 and 11
        # September", the Department for Work and Pensions).
        several = "requests" in ctx.lower[max(0, m.start() - 60) : m.end()]
        found = _date_after(ctx, m.end(), limit=4, day_lists=not several)
        if found is not None and m.group() == "dated" and anchor is not None:
            # A bare "dated" years before the reply dates another document: "we hold a copy of this document as it
            # was provided by you in a letter to us dated 9 October 2011" (the Pensions Regulator, 2016).
            value = _resolve_year(found, anchor)
            if value is not None and (anchor - value).days > 366:
                continue
        if found is not None:
            candidates.append((strength, m.start(), found))
    for m in ctx.catalogue.received_after_re.finditer(ctx.lower):
        if (kind := layout.boilerplate_kind(m.start())) and not _narrated_in_a_decision(ctx, m, kind):
            continue
        preceding = find_dates(ctx.text, max(0, m.start() - 45), m.start())
        if not preceding:
            continue
        date = preceding[-1]
        if _A_LATER_LETTER_RE.search(ctx.lower, max(0, date.start - 40), date.start):
            continue
        # (unless the text says the range ends on the request's day: "... and 21/03/12 (the date of your request)",
        # Stockport Council)
        if not m.group().startswith("(") and _RANGE_END_BEFORE_RE.search(
            ctx.lower, max(0, date.start - 45), date.start
        ):
            continue
        if m.group().startswith("you") and (_asks_for_review(ctx, m.end()) or layout.by_requester(m.start())):
            continue  # "On 24 October 2017 you asked for an internal review": the review's request, not the request's
        between = ctx.text[date.end : m.start()]
        # (a colon after the date in the Commissioner's later Background lists: "2 October 2018: Mr C made an
        # information request to NHS Greater Glasgow and Clyde.")
        if between.strip(" ,:\n"):
            continue
        # Across a line break only from a date alone on its line (a Scottish Commissioner's Background table: "17
        # February 2017 / Miss Morrison made an information request"), not from a label's ("Decision Date: 25
        # March 2011 / Ms Wylie requested from Glasgow City Council ...").
        if "\n" not in between or not ctx.text[layout.line_at(date.start).start : date.start].strip():
            candidates.append((3, date.start, date))
    if (row := first_dated_log_row(ctx)) is not None and row.kind == "received":
        candidates.append((4, row.date.start, row.date))
    if (logged := _log_entry_bare_date(ctx)) is not None:
        candidates.append((4, logged.start, logged))
    if (column := _date_columns_row(ctx).get("received")) is not None:
        candidates.append((4, column.start, column))
    if (cell := _slash_table_date(ctx, ctx.catalogue.header.received_date.labels)) is not None:
        candidates.append((4, cell.start, cell))
    requests = [date for whose, date in dated_message_headings(ctx) if whose == "requester"]
    if requests:
        candidates.append((2, requests[0].start, requests[0]))
    candidates.extend(_request_datelines(ctx))
    if not candidates:
        candidates.extend(_date_under_the_request_case(ctx))
    if not candidates and "background" in ctx.lower:
        candidates.extend(_background_request_date(ctx))
    # A thread's acknowledgement and its reply may each say when the request came, and disagree: "Thank you for your
    # request received 12 March 2020. I shall endeavour to respond ... within 20 working days", then "Thank you for your
    # request received 11 March 2020. / Please find attached NHS Dumfries and Galloway's response" (on WhatDoTheyKnow).
    # The reply's is this reply's (shared/corpus/LABELLING.md), as for the reference: of equal strength, a date in a
    # message that holds no acknowledgement cue comes first.
    several = len(candidates) > 1
    for _strength, _pos, found in sorted(
        candidates, key=lambda c: (-c[0], several and ctx.in_a_holding_message(c[1]), c[1])
    ):
        value = _resolve_year(found, anchor)
        if value is not None and (anchor is None or value <= anchor):
            return value, ctx.span(found.start, found.end)
    return None
