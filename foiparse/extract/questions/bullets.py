"""Requests asked as bullet points, and bullets each answered in turn."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ...models import Question
from ...segment import RESPONSE_HEADING_RE, Line
from ..context import Context
from ..dates import find_dates
from .answers import _flags, _within
from .marks import _ANSWER_LABEL_RE, _BULLET_RE, _Asked, _letter_edges
from .unmarked import (
    _ASKS_FOR_THE_FOLLOWING_RE,
    _BULLET_ASKS_RE,
    _POINTS_BACK_TO_INCLUDE_RE,
    _SEE_THE_FOLLOWING_RE,
    _asks_like_the_others,
    _asks_point_by_point,
    _continues_item,
    _introduces_a_request,
    _item_bullet,
    _note_between_items,
)
from .wording import _CONJUNCTION_LINE_RE, _COUNT_ASKED_RE, _ENDS_WITH_JOINING_WORD_RE, _PERIOD_LINE_RE, _piece


def _bullet_questions(ctx: Context, bullets: list[tuple[int, int]] | None = None) -> list[Question]:
    """Unnumbered bullet questions ("•1", "•2" ...): the first bullet list of a request, if it asks things (the spans
    ``_request_bullets`` gives, if the caller has them)."""
    if bullets is None:
        bullets = _request_bullets(ctx)
    return [
        Question(number=f"•{n}", text=" ".join(ctx.text[s:e].split()), span=ctx.span(s, e))
        for n, (s, e) in enumerate((_without_closing_quote(ctx.text, s, e) for s, e in bullets), start=1)
    ]


def _without_closing_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """An item's span less the mark closing a quotation opened before it ('-The price for unaddressed literature"'
    ending a request Royal Mail Group quotes); an item quoted whole keeps both marks."""
    item = text[start:end].rstrip()
    if item.endswith('"') and '"' not in item[:-1]:
        return start, start + len(item) - 1
    return start, end


# A bullet whose glyph the page lost to a stop, inside a list of others: "· Any training manuals or materials ... / .
# Any impact assessments / · Any data visualisation outputs ..." (the Data Justice Lab's request on WhatDoTheyKnow).
_LOST_BULLET_RE = re.compile(r"[ \t]*\.[ \t]+(?P<text>[A-Z][^\n]*)$")


# A bullet's glyph alone on its line above its item, as a page's HTML list came out: "1. FOI2025/00075 Request / ... /
# - / Metadata (date, sender/recipient, subject) for complaints/enquiries on veterinary medicines pricing ... / - /
# Internal reports/analyses ..." (the Veterinary Medicines Directorate's FOI release on GOV.UK).
_LONE_GLYPH_RE = re.compile(r"[ \t]*[-•*·][ \t]*")
_MARKED_ABOVE_RE = re.compile(r"[ \t]*(?P<text>[A-Z][^\n]*)$")


def _request_bullets(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the first bullet list of a request, if it asks things: two or more items, under an introduction
    that asks, or one of them a question. A list that goes on under a second introduction that asks goes on being
    the request ("* Total pay and display income processed via a Mobile App parking payment provider / Finally, in
    relation to the Council's current Mobile App parking payment provider, could you tell me: / * What is the
    contract expiry date ...?", a request to Chelmsford City Council). Worked out once a parse (several passes ask)."""
    if "request_bullets" not in ctx.memo:
        ctx.memo["request_bullets"] = _find_request_bullets(ctx)
    bullets: list[tuple[int, int]] = ctx.memo["request_bullets"]
    return bullets


def _find_request_bullets(ctx: Context) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    lone: list[tuple[int, int]] = []  # a bullet of its own that asks, above the list, in the same message
    intro = ""
    prose_after = 0  # lines of prose since the last list kept
    marked_above = False  # the line above is a bullet's glyph alone
    group_families = _GlyphFamilies()
    for line in ctx.layout.lines:
        if _LONE_GLYPH_RE.fullmatch(line.text):
            marked_above = True
            continue
        m = (
            _item_bullet(line.text)
            or (_LOST_BULLET_RE.match(line.text) if group else None)
            or (_MARKED_ABOVE_RE.match(line.text) if marked_above else None)
        )
        marked_above = False
        if m and group and len(group) >= 2 and _another_lists_bullet(line, m, group_families.of(ctx, group)):
            # A bullet of another family of glyph under the request's list: the reply's, not a seventh item. "- A list
            # of any Off Framework suppliers that have ongoing block booking arrangements ... / (blank) / • 0
            # off-framework within the last 3 months" (Central London Community Healthcare NHS Trust's log).
            if _asks_as_the_request(ctx, group, intro, found):
                found += group
            group = []
            break
        if m and not _reply_boilerplate(ctx, line):
            group.append((line.start + m.start("text"), line.end))
            continue
        if not line.text.strip():
            continue
        if (group or found) and RESPONSE_HEADING_RE.match(line.text):
            # The reply's heading ends the request, whose questions the reply may then repeat as bullets of its own:
            # "* How are the annual charges made up ...? / Response / * What Financial Management/ERP System does the
            # council use? / The Council is unable to release this information" (Scottish Borders Council's log).
            if group and _asks_as_the_request(ctx, group, intro, found):
                found += group
            group = []
            break
        if group and (_continues_item(ctx, group[-1], line) or _note_between_items(ctx, group[-1], line)):
            group[-1] = (group[-1][0], line.end)
            continue
        if group:
            # A list introduced by "please provide the following:" or holding questions is the request; so is a
            # later list of the same message whose bullets each ask.
            if not _asks_as_the_request(ctx, group, intro, found):
                if found:
                    break
                # "• Please could you state whether your trust will be uploading data ... / If not, then please so
                # state so and ignore the rest of this request. / However, if you are planning to upload data ... I
                # would be grateful for the following information: / • Please could you state the date ..." (a
                # WhatDoTheyKnow request to the Royal Bolton Hospital NHS Foundation Trust): the first is asked too.
                # So is a lone bullet under an introduction that asks, with its colon, above the next list of the
                # request: "In the period 1st November 2025 to 31st January 2026 please provide a breakdown of: / -
                # Total trust spend with framework agencies for locum doctors / Please provide a further breakdown for
                # locum doctors by: / - Spend per grade / - Spend per specialty" (Medway NHS Foundation Trust's log).
                lone = group if len(group) == 1 and _asks_alone(ctx, group[0], intro) else []
                group = []
            else:
                if not found and lone and ctx.layout.message_at(lone[0][0]) is ctx.layout.message_at(group[0][0]):
                    found = lone
                found, group = found + group, []
                intro, prose_after = _as_introduced(line.text), 1
                continue
        elif found:
            # The list may go on after a few lines of the requester's: "• ... between now and 31st March 2017? / If
            # the answer to both of the above is no, ... please consider my request closed. / However, if your
            # organisation is already uploading, ... then please can you provide me with the following: / • Any and
            # all fair processing information ..." (a WhatDoTheyKnow request to the Royal Berkshire NHS Foundation
            # Trust); more lines than that are the end of the request.
            prose_after += 1
            if prose_after > _PROSE_BETWEEN_LISTS:
                break
        # (a line that only points back, "This is to include:", introduces the list with the sentence above it)
        intro = _as_introduced(f"{intro} {line.text}" if _POINTS_BACK_TO_INCLUDE_RE.match(line.text) else line.text)
    if group and _asks_as_the_request(ctx, group, intro, found):
        found += group
    return _without_repeated_sub_lists(ctx, _with_the_first_item_unmarked(ctx, found))


# A heading over a request: a word or few with no stop ("Description", "Request details").
_BARE_HEADING_RE = re.compile(r"[ \t]*[A-Z][\w'’ ]{0,40}[ \t]*")
# A question about the list below it, not its first item: "Could you answer these questions?", "Do you use any of the
# following?"
_POINTS_AT_THE_LIST_RE = re.compile(r"\b(?:following|these|below|questions?|as follows)\b", re.I)


def _with_the_first_item_unmarked(ctx: Context, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` with the list's first item if the page lost its glyph: a question of its own line between a bare
    heading and a list whose items are all questions. "Description / Is smoking and / or vaping allowed inside any
    buildings? / •    Is smoking and / or vaping allowed directly outside any buildings ...? / •    Are there designated
    spaces for smoking and / or vaping? ..." (Blackpool Teaching Hospitals NHS Foundation Trust's log, the response
    answering all six in turn)."""
    if len(found) < 2 or not all(ctx.text[start:end].rstrip().endswith("?") for start, end in found):
        return found
    above = ctx.layout.line_above(ctx.layout.line_at(found[0][0]).number, within=2)
    if above is None or not above.text.rstrip().endswith("?") or _POINTS_AT_THE_LIST_RE.search(above.text):
        return found
    heading = ctx.layout.line_above(above.number, within=2)
    if heading is None or not _BARE_HEADING_RE.fullmatch(heading.text):
        return found
    return [(above.start + len(above.text) - len(above.text.lstrip()), above.end), *found]


def _without_repeated_sub_lists(ctx: Context, bullets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``bullets`` less the runs of two or more that recur word for word: a nested list flattened to one level, its
    sub-list printed under every question. "- Incumbent Supplier: Please can you provide names of the current
    supplier(s) for the following contracts where applicable: / - Command and Control / - CRM (Contact Management) /
    ... / - Contract Duration: Please state the contract duration ... / - Command and Control / - CRM (Contact
    Management) / ..." (a request sent to many police forces, in West Midlands Police's log): the systems are what
    each question asks about, not questions. A run of questions recurring is asked again of another topic: "-How many
    Brentwood-registered taxi drivers have appeared in front of the council's licensing panel ...? / -How many points
    have been given to each of them? / -What have they been given the points for? / -How many lost their licence? /
    -How many penalty points were issued to Brentwood-registered taxi drivers in 2011? / -How many points have been
    given to each of them? / -What have they been given the points for?" (Brentwood Borough Council's log)."""
    folded = [" ".join(ctx.text[start:end].split()).casefold() for start, end in bullets]
    seen = Counter(folded)
    recurs = [seen[item] > 1 for item in folded]
    dropped: set[int] = set()
    run_start: int | None = None
    for i, recurring in enumerate([*recurs, False]):
        if recurring and run_start is None:
            run_start = i
        elif not recurring and run_start is not None:
            if (
                i - run_start >= 2
                and not all("?" in folded[k] for k in range(run_start, i))
                and not _introduced_apart(ctx, bullets, run_start)
            ):
                dropped.update(range(run_start, i))
            run_start = None
    kept = [bullet for i, bullet in enumerate(bullets) if i not in dropped]
    return kept if len(kept) >= 2 and len(kept) < len(bullets) else bullets


def _introduced_apart(ctx: Context, bullets: list[tuple[int, int]], first: int) -> bool:
    """Whether the run of bullets from ``first`` has a lead-in line of its own, ending in a colon, between it and the
    bullet above: the run is then a list asked anew of the topic its lead-in names, not a sub-list printed again.
    "In the period ... please provide a breakdown of: / - Total trust spend with framework agencies for locum doctors /
    Please provide a further breakdown for locum doctors by: / - Spend per grade / - Spend per specialty / ... / - Total
    trust spend with off-framework agencies ... / Please provide a further breakdown for locum doctors by: / - Spend per
    grade / - Spend per specialty" (Medway NHS Foundation Trust's log): each "Spend per grade" is asked of its own
    spend."""
    if first == 0:
        return False
    between = ctx.text[bullets[first - 1][1] : bullets[first][0]]
    return any(line.rstrip().endswith(":") for line in between.splitlines()[1:])


# A colon and a dash together open a list as the colon does: "please can you supply the held information pertaining
# to :- / - the Planning and Erection of the updated external finish of the building / ..." (a WhatDoTheyKnow request
# to the Royal Borough of Kensington and Chelsea).
_COLON_DASH_END_RE = re.compile(r"[ \t]*:[ \t]*[-–]$")


def _as_introduced(line: str) -> str:
    """A line as the introduction of the list below it, its colon-dash read as a colon (``_COLON_DASH_END_RE``)."""
    return _COLON_DASH_END_RE.sub(":", line.rstrip())


# Bullet glyphs by family: a page's text may print one round glyph for another ("·" for "•"), never a dash for one.
_GLYPH_FAMILY = {"•": "round", "·": "round", "▪": "round", "‣": "round", "◦": "round", "*": "star", "-": "dash"}


def _glyph_family(line: str, text_start: int) -> str | None:
    """The family of a bullet line's glyph (None for a "Q." mark or a glyph the page lost to a stop)."""
    return _GLYPH_FAMILY.get(line[:text_start].strip(' \t*_"')[:1] or "*")


class _GlyphFamilies:
    """The glyph families of a growing list's bullets, read once per bullet as the list grows: a request of 8,000
    bullets took 50 s when each new bullet re-read the families of every bullet above it."""

    def __init__(self) -> None:
        self._group: list[tuple[int, int]] | None = None
        self._families: set[str | None] = set()
        self._counted = 0  # the bullets of ``_group`` whose families are in ``_families``

    def of(self, ctx: Context, group: list[tuple[int, int]]) -> set[str | None]:
        """The families of the bullets of ``group`` (the items' spans; a list only grows until it is replaced)."""
        if group is not self._group:
            self._group, self._families, self._counted = group, set(), 0
        for start, _end in group[self._counted :]:
            item_line = ctx.layout.line_at(start)
            self._families.add(_glyph_family(item_line.text, start - item_line.start))
        self._counted = len(group)
        return self._families


def _another_lists_bullet(line: Line, m: re.Match[str], families: set[str | None]) -> bool:
    """Whether bullet ``m`` on ``line`` is of another family of glyph than every bullet of the list so far (their
    ``families``). A list may mix two: "• How are facilities management services ... handled across your
    estates? / - If any services are outsourced, which services and to which suppliers? / - What are the start dates
    ...? / • Do you utilise any outsourced helpdesk ...?" (a WhatDoTheyKnow request to Manchester Metropolitan
    University)."""
    family = _glyph_family(line.text, m.start("text"))
    if family is None:
        return False
    return None not in families and family not in families


# A bullet that is where to write: "If you have written to offer an object, please redirect your email to one of the
# following addresses as appropriate: / · Science Museum – [1][email address] / · National Railway Museum – [2][email
# address]" (the Science Museum Group's automatic reply on WhatDoTheyKnow, its address redacted by the site).
_ADDRESS_ITEM_RE = re.compile(
    r"(?:[ \t][-–:][ \t]*|^[ \t]*)(?:\[\d+\])?(?:\[email address\]|\S+@\S+\.\w+)[ \t.]*$", re.M
)


# Nor dates alone, each day the questions below ask about: "for the following dates: / - 21/11/2017 / - 06/03/2018 &
# 07/03/2018 / - 07/08/2019" (a WhatDoTheyKnow request to Fife Council about road closures, its questions in a list
# after). Each is a full date as extract/dates.py reads one; only joining words stand between them.
_BETWEEN_DATES_RE = re.compile(r"[ \t]*(?:&|and|to|-|\u2013|,)?[ \t]*")
_AFTER_THE_DATES_RE = re.compile(r"[ \t]*[;,.]?")


def _dates_alone(item: str) -> bool:
    """Whether ``item`` is one or more full dates (a year printed) and nothing else but the words joining them."""
    dates = find_dates(item)
    if not dates or dates[0].start != 0 or any(found.value is None for found in dates):
        return False
    for before, after in itertools.pairwise(dates):
        if not _BETWEEN_DATES_RE.fullmatch(item, before.end, after.start):
            return False
    return _AFTER_THE_DATES_RE.fullmatch(item, dates[-1].end) is not None


def _asks_as_the_request(ctx: Context, group: list[tuple[int, int]], intro: str, found: list[tuple[int, int]]) -> bool:
    """Whether bullets ``group`` under ``intro`` are the request's: they ask (``_asks_in_bullets``), or go on a list
    already ``found`` in the same message with bullets that each ask. Not periods alone: "could you extract it from the
    last five financial years as follows: / • 2018-2019 / • 2019-2020 / ..." (a WhatDoTheyKnow request to Bridgend
    County Borough Council, one paragraph asking)."""
    if all(
        _PERIOD_LINE_RE.fullmatch(ctx.text[start:end].strip()) or _dates_alone(ctx.text[start:end].strip())
        for start, end in group
    ):
        return False
    if all(_ADDRESS_ITEM_RE.search(ctx.text, start, end) for start, end in group):
        return False
    if _asks_in_bullets(ctx, group, intro):
        return True
    # (or under the page's "Request" heading, above its "Response": the VMD's release, "1. FOI2025/00075 Request / We
    # refine our previous request ... / - / Metadata (date, sender/recipient, subject) for complaints ... / 2. Our
    # reply")
    layout = ctx.layout
    if len(group) >= 2 and layout.in_request_section(group[0][0]):
        return True
    # (or each ends in its question mark: "If the Finance system is hosted remotely (via the cloud): / * How are the
    # annual charges made up (software licence/support charge, hosting charge etc.)?", the last of Scottish Borders
    # Council's questions, under the second of two introductions that ask nothing)
    # (or, of the same message, a lone bullet that asks or whose introduction asks: the third block of the Medway log
    # above, "In the period ... please provide a breakdown of: / - Total trust spend with the internal trust bank ...")
    # (or each bullet asks, or names a part a bullet above it asks for with its colon: "–     Using your latest recorded
    # figures please state the percentage (%) of patients ... / • Please confirm the waiting times to the following
    # parts of your pathway: / • First assessment / • Fitting", under a heading among the bulleted questions of Bolton
    # NHS Foundation Trust's log)
    return (
        bool(found)
        and layout.message_at(group[0][0]) is layout.message_at(found[0][0])
        and (
            _each_bullet_asks(ctx, group)
            or all(_ENDS_ASKING_RE.search(ctx.text, s, e) for s, e in group)
            or (len(group) == 1 and _asks_alone(ctx, group[0], intro))
            or _asks_or_names_the_parts_asked_for(ctx, group)
        )
    )


def _asks_or_names_the_parts_asked_for(ctx: Context, group: list[tuple[int, int]]) -> bool:
    """Whether each of bullets ``group`` asks, or names a part that a bullet above it asks for, ending in its colon."""
    parts_asked_for = False
    for start, end in group:
        item = ctx.text[start:end].rstrip()
        if _BULLET_ASKS_RE.search(item) or item.endswith("?"):
            parts_asked_for = item.endswith(":")
        elif not parts_asked_for:
            return False
    return True


def _asks_alone(ctx: Context, bullet: tuple[int, int], intro: str) -> bool:
    """Whether a bullet of its own asks: of itself ("• Please could you state the date ..."), or under an
    introduction that asks and ends in its colon (not a reply's "please see the following:")."""
    if _BULLET_ASKS_RE.match(ctx.text, bullet[0]):
        return True
    return intro.endswith(":") and _introduces_a_request(ctx, intro) and not _SEE_THE_FOLLOWING_RE.search(intro)


_PROSE_BETWEEN_LISTS = 3


def _reply_boilerplate(ctx: Context, line: Line) -> bool:
    """Whether ``line`` is boilerplate of a reply's. The commissioner named in a requester's bullet is what is asked
    about, not the right to complain: "• Please could you provide me with all communication that the Royal Free NHS
    Trust has had with the Information Commissioner's Office (ICO) regarding this agreement" (a WhatDoTheyKnow
    request)."""
    kind = ctx.layout.boilerplate_kind(line.start)
    return kind is not None and not (kind == "commissioner" and ctx.layout.by_requester(line.start))


def _each_bullet_asks(ctx: Context, group: list[tuple[int, int]]) -> bool:
    """Whether every bullet of ``group`` asks of itself ("• Please could you provide me with ...")."""
    return all(_BULLET_ASKS_RE.match(ctx.text, start) for start, _end in group)


_YOUR_QUESTIONS_BELOW_RE = re.compile(r"\bbelow (?:are )?your (?:questions?|request)\b", re.I)


def _asks_in_bullets(ctx: Context, group: list[tuple[int, int]], intro: str) -> bool:
    """Whether bullets ``group`` under ``intro`` ask: two or more under an introduction that asks or holding a
    question, or one under a request for "the following" with its colon ("Under the Freedom of Information Act I
    would like to request the following information: / - Copies of all correspondence between the Gambling
    Commission and the Cabinet Office ...", the Gambling Commission's log)."""
    asks = _introduces_a_request(ctx, intro)
    if len(group) == 1:
        # (not a reply's "please see the following:")
        if asks and intro.endswith(":") and _ASKS_FOR_THE_FOLLOWING_RE.search(intro) is not None:
            return True
        # Or a question of its own under the reply's words that say its questions follow: "please find below your
        # questions and our response:- / - From January 2020 could you please let me know the amount of people that
        # have died with ONLY Covid-19 as the issue in the Highlands of Scotland?" (NHS Highland's letter)
        start, end = group[0]
        return (
            intro.endswith(":")
            and _YOUR_QUESTIONS_BELOW_RE.search(intro) is not None
            and ctx.text[start:end].rstrip().endswith("?")
        )
    # (a question may end in its gloss: "- What was the number of envelopes sent in 2019? (Number of envelopes
    # dispatched to users of your services in 2019)", the Defence Electronics & Components Agency)
    # Or each bullet asks of itself: "I would be very grateful for the following information relating to this
    # agreement. / • Please could you provide me with a copy of this data-sharing agreement ... / • Please could you
    # provide me with all communication ..." (a WhatDoTheyKnow request to the Royal Free London NHS Foundation Trust).
    # Or each asks for a count: "Request received 8 December 2025 / - The number of contacts from those threatened
    # with homelessness ... / - The number of contacts from legally homeless individuals ..." (East Cambridgeshire
    # District Council's log, under no sentence that asks).
    return len(group) >= 2 and (
        asks
        or any(_ENDS_ASKING_RE.search(ctx.text, s, e) for s, e in group)
        or _each_bullet_asks(ctx, group)
        or all(_COUNT_ASKED_RE.match(ctx.text, s, e) for s, e in group)
        or _fields_asked_for_above(ctx, group)
    )


# A field's name as a bullet: a few words from a capital, no sentence's end ("Liable Party Name", "Current entitlement
# to any Reliefs or Discounts (do not include details of any empty property reliefs)").
_FIELD_NAME_RE = re.compile(r"[A-Z][^.?!:;\n]{1,120}\.?")
_MAX_FIELD_NAME_WORDS = 16
_MIN_FIELD_BULLETS = 3


def _fields_asked_for_above(ctx: Context, group: list[tuple[int, int]]) -> bool:
    """Whether bullets ``group`` name fields the requester's message asked for "the following" of, paragraphs above
    them: "could you provide me with the following current business rates account data for your local authority. /
    Please note that I do not require any personal data ... / • Property Reference / • Liable Party Name / ..." (a
    request sent to many councils, here to Sheffield City Council on WhatDoTheyKnow)."""
    if len(group) < _MIN_FIELD_BULLETS:
        return False
    message = ctx.layout.message_at(group[0][0])
    if not message.from_requester or message.quoted:
        return False
    for start, end in group:
        item = ctx.text[start:end].strip()
        if not _FIELD_NAME_RE.fullmatch(item) or len(item.split()) > _MAX_FIELD_NAME_WORDS:
            return False
    # (a stop may end the list, "• Any other supporting information.", not each item: "• Broken benches near the
    # gate. / • Litter bins left full for weeks." are the requester's own account)
    if any(ctx.text[start:end].rstrip().endswith(".") for start, end in group[:-1]):
        return False
    above = (message.start, group[0][0])
    return _ASKS_FOR_THE_FOLLOWING_RE.search(ctx.text, *above) is not None or (
        ctx.catalogue.requester_voice_re.search(ctx.text, *above) is not None
    )


# A request's bullet with the reply's note after its last dash: "- Total agency spend for Doctors between April 2024
# – Present – Answered below", "- Of the non-direct engagement spend – what departments ...? .- Sensitive Information,
# Section 43 applied see below" (Central London Community Healthcare NHS Trust's disclosure log).
# A stop standing alone before the dash goes with it (" .- Sensitive Information"), not with the question.
_DASH_ANSWER_RE = re.compile(r"(?P<question>.*\S)(?<![ \t]\.)[ \t]*\.?[ \t]*[–-][ \t]+(?P<answer>[^–\n]*?\S)[ \t]*$")
_ANSWER_NOTE_FLAGS = ("answered_elsewhere", "withheld", "not_held")


def _bullets_answered_after_dash(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """A request's bullets (``_request_bullets``) that the reply answered on their own lines, after a dash. The
    text after each item's last dash is its answer, once three or more of those texts are notes an answer makes
    (flags ``_ANSWER_NOTE_FLAGS``); an item with no dash keeps its words and has no answer. Numbered "•1", "•2"."""
    split: list[tuple[int, int, int | None]] = []
    notes = 0
    for start, end in _request_bullets(ctx):
        dashed = _DASH_ANSWER_RE.match(ctx.text, ctx.layout.line_at(end - 1).start, end)
        if dashed is None or dashed.start("answer") <= start:
            split.append((start, end, None))
            continue
        split.append((start, dashed.end("question"), dashed.start("answer")))
        notes += any(_within(_flags(ctx, kind), dashed.start("answer"), end) for kind in _ANSWER_NOTE_FLAGS)
    if notes < _MIN_INLINE_ANSWERED:
        return None
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    for start, question_end, answer_start in split:
        _add_unmarked(ctx, found, answers, start, question_end)
        if answer_start is not None:
            line = ctx.layout.line_at(answer_start)
            answers[len(found) - 1].append(_piece(line, ctx.text, answer_start, line.end))
    return found, answers


# A reply's answer labelled by the number of the request's item it answers, the items themselves unnumbered: "Q1 - 96".
_ANSWER_BY_NUMBER_RE = re.compile(r"[ \t]*Q[ \t]?(?P<num>\d{1,2})[ \t]*[-\u2013:][ \t]*")


def _bullets_answered_by_number(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """A request's bullets (``_request_bullets``) that the reply answers below them by the number of each, from "Q1":
    "- How many CCTV cameras are operated by Hastings Borough Council / - I'd like a list of their locations. / ... /
    Response / Q1 - 96 / Q2 - / NOTICE OF REFUSAL / Please note that I consider the information you have requested
    regarding the location of CCTV cameras to be exempt ..." (Hastings Borough Council's log). Each label's answer runs
    to the next label; numbered "•1", "•2"; None unless the labels count from 1 up, none past the last bullet."""
    bullets = _request_bullets(ctx)
    if len(bullets) < 2:
        return None
    layout = ctx.layout
    labelled: list[tuple[int, Line, int]] = []  # (bullet index, label's line, where the answer's words start)
    for line in layout.lines[layout.line_at(bullets[-1][1] - 1).number + 1 :]:
        m = _ANSWER_BY_NUMBER_RE.match(line.text)
        if m is None:
            continue
        number = int(m.group("num"))
        if number != len(labelled) + 1 or number > len(bullets):
            return None
        labelled.append((number - 1, line, line.start + m.end()))
    if len(labelled) < 2:
        return None
    return _bullets_answered_under_labels(ctx, bullets, labelled)


def _bullets_answered_under_labels(
    ctx: Context, bullets: list[tuple[int, int]], labelled: list[tuple[int, Line, int]]
) -> tuple[list[_Asked], dict[int, list[Line]]]:
    """The request's ``bullets`` as "•1", "•2" ..., each answered from the line labelling it in ``labelled`` (bullet
    index, label's line, where the answer's words start on it) to the next label, or to the letter's edge."""
    layout = ctx.layout
    found, answers = _unmarked_bullets(ctx, bullets)
    edges = _letter_edges(layout)
    for k, (index, line, words_start) in enumerate(labelled):
        stop = labelled[k + 1][1].number if k + 1 < len(labelled) else len(layout.lines)
        if ctx.text[words_start : line.end].strip():
            answers[index].append(_piece(line, ctx.text, words_start, line.end))
        for below in layout.lines[line.number + 1 : stop]:
            if below.number in edges:
                break
            answers[index].append(below)
    return found, answers


def _bullets_restated_with_answers(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """A request's bullets (``_request_bullets``) that the reply restates below them one by one, in order and with a
    glyph of its own, each with its answer on the lines under it: "- What is the current average energy charge ...? /
    - What Carbon reduction goals are in place ...? / ... / • What is the current average energy charge ...? / This
    information has been withheld. Section 43 Commercially sensitive. / • What Carbon reduction goals ...? / Thurrock
    Council has a target to reduce its operational CO2 emission to net zero by 2030." (Thurrock Council's published
    response). Numbered "•1", "•2"; None unless two are restated."""
    bullets = _request_bullets(ctx)
    if len(bullets) < 2:
        return None
    layout = ctx.layout
    asked = [q.text for q in _unmarked_bullets(ctx, bullets)[0]]
    restated: list[tuple[int, Line, int]] = []  # (bullet index, the restating line, its end: no answer on it)
    for line in layout.lines[layout.line_at(bullets[-1][1] - 1).number + 1 :]:
        m = _item_bullet(line.text)
        if m is None:
            continue
        k = len(restated)
        if k >= len(asked) or not _opens_alike(asked[k], m.group("text")):
            break
        restated.append((k, line, line.end))
    if len(restated) < 2:
        return None
    return _bullets_answered_under_labels(ctx, bullets, restated)


def _unmarked_bullets(ctx: Context, bullets: list[tuple[int, int]]) -> tuple[list[_Asked], dict[int, list[Line]]]:
    """The request's ``bullets`` as questions "•1", "•2" ..., none answered yet."""
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    for start, end in bullets:
        _add_unmarked(ctx, found, answers, start, end)
    return found, answers


def _add_unmarked(ctx: Context, found: list[_Asked], answers: dict[int, list[Line]], start: int, end: int) -> None:
    """An unmarked question at ``text[start:end]``, numbered "•1", "•2" ... in order, with no answer yet."""
    answers[len(found)] = []
    words = " ".join(ctx.text[start:end].split())
    found.append(_Asked(f"\u2022{len(found) + 1}", words, ctx.span_fields(start, end), None))


def _bullets_each_answered(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """Bullet questions each followed by its answer, in a reply that repeats the request point by point: a
    disclosure log's "Request:" then "- Please provide the total number of ... CCTV cameras" / "742" / "- Please
    indicate the year ..." / its dates (North Tyneside Council), or "Could you provide the following information
    ...:" then "- Number of deployments" / "10 dive deployments" (Devon and Cornwall Police). The run starts at a
    bullet under an introduction that asks and stops at two bullets in a row (a list inside an answer: "Factors in
    favour of disclosure / - Transparency and accountability / - Reassure customers ..."), at a greeting or
    sign-off, or where the text ends. None unless two or more questions each have an answer, or where the
    requester wrote the bullets (a request's list; its answers are not below it)."""
    layout = ctx.layout
    lines = layout.lines
    ends = _letter_edges(layout)
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}

    def ask(line: Line, bullet: re.Match[str]) -> None:
        _add_unmarked(ctx, found, answers, line.start + bullet.start("text"), line.end)

    intro = heading = ""  # the line above the first bullet, and the line above that
    for line in lines:
        text = line.text
        if not text.strip():
            continue
        bullet = _BULLET_RE.match(text)
        if not found:
            if (
                bullet is not None
                # (or under a label over that line: "Your request was: / Please answer the following questions ...:";
                # or under a note on what the answers are for: "If possible, I would like to know the following
                # information about IT software purchases within NHS Trusts. / The information you provide will be
                # aggregated with other research ... / - Who is responsible ...? / All activities go through
                # procurement. ...", University Hospitals Birmingham NHS Foundation Trust's disclosure log)
                and (
                    _asks_point_by_point(ctx, intro)
                    or _asks_point_by_point(ctx, heading)
                    # or opening the page, a question: "- Will the Trust be tendering for a clinical system/EPR/
                    # Clinical Port/PAS or EMR in the next 6-12 months? / It is not anticipated at this point. / - Would
                    # it be possible ...?" (University Hospitals Birmingham's log, the page's heading not in its text)
                    or (not intro and _ENDS_ASKING_RE.search(text) is not None)
                )
                and not layout.boilerplate_kind(line.start)
            ):
                if layout.by_requester(line.start):
                    # The request's own list; a reply below may restate it point by point, each answer under its
                    # bullet ("I can confirm that the Council does hold this information, as detailed below. /
                    # Under the Freedom of Information Act, I would like to request the following information: / -
                    # The total number of complaints about noise ... / 1,106.", a council on WhatDoTheyKnow)
                    continue
                ask(line, bullet)
            elif intro and not intro.endswith((".", ":", "?", "!")) and text[:1].islower():
                # an introduction wrapped onto a second line: "Under the Freedom of Information Act, I would like to
                # request the / following information:"
                intro = f"{intro} {text.strip()}"
            else:
                intro, heading = text.rstrip(), intro
            continue
        if line.number in ends:
            break
        last, answered = found[-1], answers[len(found) - 1]
        if (
            bullet is None
            and not answered
            and (
                _continues_item(ctx, (last.span["start"], last.span["end"]), line)
                # or cut on a joining word, whatever opens the next line: "- The total number of complaints about
                # noise ... made during the / 2021 calendar year / 1,106." (a council restating the request on
                # WhatDoTheyKnow)
                or _ENDS_WITH_JOINING_WORD_RE.search(ctx.text, last.span["start"], last.span["end"]) is not None
            )
        ):
            span = ctx.span_fields(last.span["start"], line.end)
            found[-1] = last._replace(text=f"{last.text} {' '.join(text.split())}", span=span)
        elif bullet is None:
            if not _CONJUNCTION_LINE_RE.match(text):  # "or" alone between two bullets answers nothing
                answered.append(line)
        elif answered and (
            _asks_like_the_others(found, text)
            # (a bullet cut by the text's end is a question cut short, not the next item of a list inside the answer:
            # "The scheme is open to all hackney residents with the exception of / - people under 16 / - people who a",
            # the London Borough of Hackney's reply on WhatDoTheyKnow)
            or (_ends_the_text(ctx, line) and _BULLET_RE.match(answered[-1].text) is None)
        ):
            ask(line, bullet)
        elif (
            not answered
            and sum(1 for given in answers.values() if given) >= 2
            and all(q.text.rstrip().endswith("?") for q in found)
            and (text.rstrip().endswith("?") or _ends_the_text(ctx, line))
        ):
            # A question the reply left blank, the next below it, where every question so far asks with a question mark
            # and two or more have answers: "• Do you provide brokerage services for self/part funders? / (blank) / •
            # Do you use/plan to use micro-procurement/commissioning? / We do not use this currently." (Southampton
            # City Council's letter restating the request point by point); not an answer's own list, which asks nothing
            ask(line, bullet)
        elif answered:
            # Where every question so far asks with a question mark, a bullet that does not is a list inside the
            # answer: "- Using the Best Value Accounting Code of Practice (BVACOP) to define costs ... / - Use of
            # recharges - these are the cost of services ..." under "This authority has utilised the following
            # approach:" (Gravesham Borough Council's letter, its questions dash lines over their answers)
            answered.append(line)
        else:
            break  # two bullets in a row: the last "question" began a list of an answer's, or a plain list
    if found and not answers[len(found) - 1] and not _ends_the_text(ctx, ctx.layout.line_at(found[-1].span["start"])):
        # (a question the page cut before its answer stays: "- The budget in 2004/5 went up by 42%, why was a 42%
        # increase needed and what was it u", ending Gravesham Borough Council's letter as stored)
        del answers[len(found) - 1]
        found.pop()
    if len(found) < 2:
        return None
    return found, answers


def _ends_the_text(ctx: Context, line: Line) -> bool:
    """Whether ``line`` is the text's last with words, cut or not."""
    return not ctx.text[line.end :].strip()


# A bullet question with its answer after the question mark on its line: "- Does the trust use agencies to support
# with permanent/international hires? No" (Medway NHS Foundation Trust's disclosure log).
# The question may end in a bracketed breakdown: "...? (doctors, dentists, nurses, AHP, Non-medical) No".
# (the question's gloss in brackets is never the answer: "- Do you send physical post by the likes of Royal Mail, Whistl
# or UK Mail? (Outbound, for the purpose of this request defined as ...)" over its answer, the Defence Electronics &
# Components Agency)
# (its own question mark after the bracket too: "- In the last five years, have there been any factors that have
# impeded progress ...? (for example, cost, availability of clean energy provision, knowledge and skills)? Yes –
# intervention.", Thurrock Council's published response)
_INLINE_ANSWER_RE = re.compile(
    r"(?P<question>[^?]*\?(?:[ \t]*\([^()\n]*\)\??)?)[ \t]+(?P<answer>(?!\([^()\n]*\)\??[ \t]*$)\S.*)$"
)
_ENDS_ASKING_RE = re.compile(r"\?(?:[ \t]*\([^()\n]*\)\??)?[ \t]*$")
_MIN_INLINE_ANSWERED = 3


def _bullets_answered_inline(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """Bullet questions each answered on its own line after its question mark, under section headings or none: the
    bullets of the authority's text from the first to the letter's end. A question's unbulleted follow-ups ("If yes,
    which countries did you target? N/A") are left out: asked in the request's words, they would make the answer
    read as the request. None unless three or more are answered so, or where the requester wrote them."""
    layout = ctx.layout
    ends = _letter_edges(layout)
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    answered = 0
    for line in layout.lines:
        if line.number in ends and found:
            break
        bullet = _BULLET_RE.match(line.text)
        if bullet is None:
            continue
        if layout.boilerplate_kind(line.start) or layout.in_quoted(line.start):
            continue
        if layout.by_requester(line.start):
            return None
        start = line.start + bullet.start("text")
        inline = _INLINE_ANSWER_RE.match(ctx.text, start, line.end)
        question_end = start + len(inline.group("question")) if inline else line.end
        if not _ENDS_ASKING_RE.search(ctx.text, start, question_end):
            continue  # a bullet of an answer's own list, or a statement
        _add_unmarked(ctx, found, answers, start, question_end)
        if inline is not None:
            answers[len(found) - 1].append(_piece(line, ctx.text, inline.start("answer"), line.end))
            answered += 1
    if answered < _MIN_INLINE_ANSWERED:
        return None
    return found, answers


# The label of an unnumbered question in a reply that pairs each with its answer: "Question: I request to know ...",
# "Request" alone on its line.
# Or "Q:" over "A:" (the Warwickshire Police and Crime Commissioner's disclosure log: "Q: How many requests for
# 'reviews' did you receive ...? / A: Between 1st February 2020 and ... 19 review requests ...").
_PAIR_QUESTION_RE = re.compile(r"^[*_ ]*(?:(?:question|request)[*_ ]*(?::[*_ ]*|[ \t]*$)|Q[*_ ]*:[*_ ]*)", re.I)
_PAIR_ANSWER_RE = re.compile(rf"{_ANSWER_LABEL_RE.pattern}|^[*_ ]*A[*_ ]*:[*_ ]*", re.I)
_MIN_PAIRS = 2


def _labelled_pairs(ctx: Context) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """Unnumbered questions each under a question label and followed by its answer under an answer label, in the
    authority's text: "Question: I request to know does your university carry out animal experiments. / Response:
    Yes, Newcastle University does use animals in research." (Newcastle University's reply, quoted on a campaign's
    blog), "Request / How many valid fireworks licenses are currently issued ... / Reply / On 5th October there were
    69 ..." (West Midlands Fire Service's log). Numbered "•1", "•2"; None unless two or more questions are answered
    so."""
    layout = ctx.layout
    text = ctx.text
    ends = _letter_edges(layout)
    found: list[_Asked] = []
    answers: dict[int, list[Line]] = {}
    labelled = False  # under a question label, before its answer label
    asking: list[tuple[int, int]] = []  # (start, end) of the labelled question's lines with text
    answering = False
    pairs = 0

    def ask() -> None:
        _add_unmarked(ctx, found, answers, asking[0][0], asking[-1][1])
        asking.clear()

    for line in layout.lines:
        if line.number in ends or layout.boilerplate_kind(line.start):
            if found or labelled:
                break
            continue
        if layout.in_quoted(line.start) or layout.by_requester(line.start):
            continue
        question = _PAIR_QUESTION_RE.match(line.text)
        if question is not None:
            if labelled:
                return None  # a label with no answer between: not this layout
            labelled, answering = True, False
            rest = line.start + question.end()
            if text[rest : line.end].strip():
                asking.append((rest, line.end))  # the question's words on the label's line, or on the lines below
            continue
        answer = _PAIR_ANSWER_RE.match(line.text)
        if answer is not None and labelled:
            if not asking:
                return None
            ask()
            labelled, answering, pairs = False, True, pairs + 1
            rest = line.start + answer.end()
            if text[rest : line.end].strip():
                answers[len(found) - 1].append(_piece(line, text, rest, line.end))
            continue
        if not line.text.strip():
            continue
        if labelled:
            asking.append((line.start, line.end))
        elif answering:
            answers[len(found) - 1].append(line)
    if labelled and asking:
        ask()  # the last question, cut before its answer
    if pairs < _MIN_PAIRS:
        return None
    return found, answers


def _bullets_restated_by_number(
    ctx: Context, found: list[_Asked], answers: dict[int, list[Line]]
) -> tuple[list[_Asked], dict[int, list[Line]]] | None:
    """The request's bullets, where the reply below restates them one by one under numbers of its own, each with its
    answer, but restates fewer than the request has (the page cut first): "Request / - Could you provide me with a copy
    of your organisations Freedom of Information ... policy and procedure? / - Do you publish your responses ...? /
    (five more) / Response / 1) Could you provide me with a copy ...? / Some information is held ... / 2) Do you
    publish ...?" (the House of Commons' published response). The questions are the request's, numbered "•1", "•2"
    ...; each restated item's answer is its bullet's. None unless the numbered items count from 1 below the last
    bullet, none has parts, and each opens as its bullet does."""
    numbered = [q for q in found if q.parent is None]
    if not numbered or len(numbered) != len(found):
        return None
    if not _bullet_opens_a_line_before(ctx, numbered[0].span["start"]):
        return None  # (most texts: no bullet above the first numbered item, the request's bullets unsought)
    bullets = _request_bullets(ctx)
    if len(bullets) <= len(numbered):
        return None
    last_bullet_end = bullets[-1][1]
    restated, restated_answers = _unmarked_bullets(ctx, bullets)
    for k, question in enumerate(numbered):
        if question.number != str(k + 1) or question.span["start"] < last_bullet_end:
            return None
        if not _opens_alike(restated[k].text, question.text):
            return None
    for k in range(len(numbered)):
        restated_answers[k] = answers.get(k, [])
    return restated, restated_answers


def _bullet_opens_a_line_before(ctx: Context, end: int) -> bool:
    """Whether a line before ``end`` opens as a list of the request's bullets can (``_find_request_bullets``: a bullet
    line, or a glyph alone above its item): a cheap test before ``_request_bullets``, the lines above a reply's first
    numbered item being few."""
    for line in ctx.layout.lines:
        if line.start >= end:
            return False
        if _LONE_GLYPH_RE.fullmatch(line.text) or _BULLET_RE.match(line.text):
            return True
    return False


def _opens_alike(first: str, second: str) -> bool:
    """Whether two printings of a question open with the same five words (case and punctuation aside)."""
    words = [re.findall(r"\w+", text.casefold())[:5] for text in (first, second)]
    return len(words[0]) >= 3 and words[0] == words[1]
