"""``parse()``: read -> clean -> segment -> extract -> record. Data flows one way through the stages."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from . import __version__
from .catalogue import Catalogue, get_catalogue
from .clean import clean
from .document import Document
from .errors import DocumentTooLarge, EmptyDocument, FoiParseError
from .extract.authority import extract_authority
from .extract.context import Context
from .extract.dates import extract_received_date, extract_response_date
from .extract.exemptions import extract_exemptions
from .extract.legislation import extract_legislation, legislation_of_exemptions
from .extract.outcome import decide
from .extract.people import extract_officer, extract_requester
from .extract.questions import extract_questions
from .extract.reference import extract_reference
from .extract.subject import extract_subject
from .extract.systems import TOOL_KINDS, extract_systems
from .limits import DEFAULT_LIMITS, Deadline, Limits, check_depth
from .models import Attachment, AttachmentError, Exemption, FOIResponse, ParseWarning, Question, Span
from .nlp import get_nlp
from .readers import read_bytes, read_path, read_text, sniff_media_type
from .scan import any_in_range
from .segment import segment

# A paragraph reporting the reply, or the review asked of it ("3. On 19 October, Mr and Mrs Greaves wrote to
# VisitScotland requesting a review of its decision on the basis that: / (i) If the report was positive ...").
_REPLY_OR_RULING_RE = re.compile(
    r"\b(?:responded|replied|notified|informed|told|(?:requesting|requiring|asking for|requested) (?:a|an) "
    r"(?:internal )?review"
    # and the decision's own findings and the steps it orders, lettered under "1. For the reasons set out below:"
    # and "2. The public authority is required to take the following steps ...:" (a First-tier Tribunal's
    # substituted decision notice)
    r"|for the reasons set out below|(?:required|requires \w+(?: \w+)?) to take the following steps?)\b",
    re.I,
)
# A paragraph reporting the request itself: "1. On 4 March 2019, the Applicant made a request for information to
# Dumfries and Galloway Council (the Council). The information requested was:" above the quoted requests as bullets.
# Or the request's words it quotes below: "2. On 28 October 2021 the Appellant, Ms Rosamund Ridley, wrote to DHSC
# requesting information in these terms (question mark and sic added):" (the First-tier Tribunal on the Department of
# Health and Social Care).
_REQUEST_REPORTED_RE = re.compile(
    r"\b(?:made (?:a|the following|an information) request|information requested was|requested the following"
    r"|request(?:ed|ing) information in (?:these|the following) terms)\b",
    re.I,
)


def link_exemptions(questions: list[Question], exemptions: list[Exemption]) -> tuple[list[Question], list[Exemption]]:
    """Tie each exemption to the answers whose text cites it, and mark those answers withheld."""
    if not exemptions:
        return list(questions), []
    linked_questions: list[Question] = []
    applies: dict[int, list[str]] = {i: [] for i in range(len(exemptions))}
    # Records are copied only where a link changes them (a copy costs more than the rest of this function).
    cited = [(i, e.key, sorted(s.start for s in e.spans)) for i, e in enumerate(exemptions)]
    # An exemption that only sends the request to the environmental regulations withholds nothing: "We are applying the
    # exemption at section 39(2) of the Freedom of Information (Scotland) Act 2002 (FOISA), so that we do not also have
    # to deal with your request under FOISA" answers no question by itself (NHS 24's disclosure log).
    redirects = {e.key for e in exemptions if e.kind == "redirect"}
    for question in questions:
        # An answer written on the question's own line ("3. Names of the panel: withheld under s40(2)").
        for i, _key, starts in cited:
            if any_in_range(starts, question.span.start, question.span.end) and question.number not in applies[i]:
                applies[i].append(question.number)
        answers = []
        changed = False
        for answer in question.answers:
            keys = []
            for i, key, starts in cited:
                if any_in_range(starts, answer.span.start, answer.span.end):
                    keys.append(key)
                    if question.number not in applies[i]:
                        applies[i].append(question.number)
            if keys:
                # (its "exemption at section 39(2)" is what marked the answer withheld, so the mark goes with it)
                withheld = any(key not in redirects for key in keys)
                answer = answer.model_copy(update={"exemptions": keys, "withheld": withheld})
                changed = True
            answers.append(answer)
        linked_questions.append(question.model_copy(update={"answers": answers}) if changed else question)
    linked = [
        e if e.applies_to == applies[i] else e.model_copy(update={"applies_to": applies[i]})
        for i, e in enumerate(exemptions)
    ]
    return linked_questions, linked


def _decision_notice_questions(
    questions: list[Question], text: str, requester_voice: re.Pattern[str]
) -> list[Question]:
    """A decision notice numbers its paragraphs; only the request it quotes (lettered, with a question mark, or
    numbered with a bracket) holds questions, and the bullets of a paragraph ("3. The Commissioner requires the MoJ to
    take the following step: / - Disclose the information ...") go with it."""
    # A paragraph opens with a capital; an item of the request a paragraph quotes as a list may not ("The Applicant
    # asked for: / 1. the status of investigations being conducted by the "enforcement unit"; / 2. details of unexpected
    # inspections;", a Scottish Information Commissioner decision's summary). Nor is a paragraph numbered "8)": the
    # request quoted as "1) Why the March 2024 meeting was not rescheduled?" ... "8) Any correspondence sent by [the
    # Authority] to the members between ..." keeps its items without a question mark (the Scottish Information
    # Commissioner on Healthcare Improvement Scotland).
    # Lettered items under the paragraph reporting the authority's reply are that reply, not the request ("1. On 25
    # February 2019, the Applicant made a number of requests ... Two of the requests were for: / a. ... / b. ...",
    # then "2. CalMac responded on 2 April 2019, and: / a. stated that ...", a Scottish Information Commissioner
    # decision).
    # Each item is judged on its own, and an item's parent is the latest item with that number: the request a
    # paragraph quotes numbers from 1 again ("5. On 7 May 2015, the complainant ... requested following information
    # under FOIA: / "1. How many Lender Option Borrower Option (LOBOs) contracts do you have on your books?", an ICO
    # decision notice).
    latest: dict[str, tuple[bool, bool, bool]] = {}  # number -> (a paragraph, reporting a reply, reporting a request)
    kept = []
    # The request quoted as the requester wrote it, numbered like the paragraphs but under the requester's own words
    # asking ("In relation to the legal action taken, please could you provide me with the following information: / 1.
    # All legal advice provided to the Leader of Harrow Council. ...: / a. ... / 2. Discussion of legal advice:", a
    # First-tier Tribunal decision on the London Borough of Harrow whose copy lost the quotation's indent): its items
    # run on, one line after another and numbered in turn, until a line of other text or a number out of turn.
    request_run_next = 0
    previous_end = 0
    for q in questions:
        line_start = text.rfind("\n", 0, q.span.start) + 1
        if q.parent is None and q.number.isdigit():
            if request_run_next and (int(q.number) != request_run_next or text[previous_end:line_start].strip()):
                request_run_next = 0
            first = int(q.number) == 1
            if not request_run_next and first and _introduces_the_request(text, line_start, requester_voice):
                request_run_next = 1
            if request_run_next:
                request_run_next += 1
        previous_end = q.span.end
        paragraph = (
            not request_run_next
            and q.number.isdigit()
            and (not q.text.endswith("?") or _reports_the_request_on_its_first_line(text, q.span.start))
            and not q.text[:1].islower()
            and not _BRACKETED_NUMBER_RE.search(text, line_start, q.span.start)
            # the request quoted, its first item opening the quotation: "He asked: / "1. How much DPG18/Price Group 5
            # funding has the college received since the merger in 2010." (the Scottish Information Commissioner on
            # City of Glasgow College)
            and not _QUOTE_OPENS_RE.match(text, line_start, q.span.start)
        )
        if q.parent is None:
            latest[q.number] = (
                paragraph,
                paragraph and _REPLY_OR_RULING_RE.search(q.text) is not None,
                paragraph and _REQUEST_REPORTED_RE.search(q.text) is not None,
            )
        parent_paragraph, parent_reporting, parent_requesting = latest.get(q.parent or "", (False, False, False))
        if paragraph or parent_reporting or _ORDERED_STEP_RE.search(q.text):
            continue
        if q.number.startswith("•") and parent_paragraph and not parent_requesting:
            continue
        kept.append(q)
    return [_unquoted(q) for q in kept]


def _reports_the_request_on_its_first_line(text: str, start: int) -> bool:
    """Whether the item starting at ``start`` is a paragraph reporting the request, its first line ending in a colon:
    no question for the question mark ending the request's words run on below it."""
    line_end = text.find("\n", start)
    first_line = text[start : line_end if line_end != -1 else len(text)].rstrip()
    return first_line.endswith(":") and _REQUEST_REPORTED_RE.search(first_line) is not None


# A step the decision orders, numbered in brackets as a quoted request may be: "Substituted Decision Notice: / (1) NHS
# England shall, within 35 days of being sent this Decision, disclose the following previously withheld information"
# (the First-tier Tribunal on NHS England).
_ORDERED_STEP_RE = re.compile(r"\b(?:shall|must),? within \d{1,3} (?:working |calendar )?days\b", re.I)


def _introduces_the_request(text: str, line_start: int, requester_voice: re.Pattern[str]) -> bool:
    """The line above an item asks for what follows in the requester's own words ("please could you provide me with
    the following information:"), or reports that it was asked for ("1. On 1 July 2022, the Applicant made a request
    for information to the Authority. He asked for: / 1. The tender bid from Ferguson Marine ... / 2. In addition, any
    internal or external correspondence ...", the Scottish Information Commissioner on Caledonian Maritime Assets)."""
    above_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    above = text[above_start : max(line_start - 1, 0)].strip()
    return above.endswith(":") and (
        requester_voice.search(above) is not None or _REQUEST_ASKED_FOR_RE.search(above) is not None
    )


_REQUEST_ASKED_FOR_RE = re.compile(
    r"(?:\b(?:asked|requested)(?: for)?(?: the following(?: information)?)?|\binformation requested was)[ \t]*:$", re.I
)


# (or both brackets: "(4) The email states that ...: does the "other garments" refer to ...", the Scottish Information
# Commissioner's copy cut inside the question)
_BRACKETED_NUMBER_RE = re.compile(r"^[*_ \t]*\(?\d{1,3}\)[ \t]*$", re.M)
_QUOTE_OPENS_RE = re.compile(r"[*_ \t]*[\"\u201c]")


# A decision quotes each request whole, sometimes naming it after: '"copies of all social work minutes ... these young
# boys." (Request two)' (the Scottish Information Commissioner). The request's words are inside the quotation marks.
_QUOTED_REQUEST_RE = re.compile(
    r'^["\u201c](?P<words>[^"\u201c\u201d]+)["\u201d](?:\s*\((?:request|part|question|item) [\w ]{1,12}\))?$', re.I
)


def _unquoted(question: Question) -> Question:
    quoted = _QUOTED_REQUEST_RE.match(question.text)
    return question if quoted is None else question.model_copy(update={"text": quoted.group("words").strip()})


def parse(
    source: str | os.PathLike[str] | bytes,
    *,
    limits: Limits = DEFAULT_LIMITS,
    catalogue: Catalogue | None = None,
) -> FOIResponse:
    """Parse a file path, raw bytes, or a text string into an :class:`FOIResponse`.

    A ``str`` is taken as a path when it names an existing file, and as the response's text otherwise.
    """
    if isinstance(source, bytes):
        document = read_bytes(source, limits=limits)
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and _names_a_file(source)):
        document = read_path(Path(source), limits=limits)
    else:
        document = read_text(source)
    return parse_document(document, limits=limits, catalogue=catalogue)


def _names_a_file(source: str) -> bool:
    """Whether a string passed to :func:`parse` is the path of an existing file rather than a response's text. A text
    of one line longer than a file name may be (a decision notice flattened to a paragraph of 2,000 characters) makes
    the system refuse the look-up with "File name too long"; a NUL makes Python refuse it. Either is text."""
    if "\n" in source or len(source) >= 4096:
        return False
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def parse_text(text: str, *, limits: Limits = DEFAULT_LIMITS, catalogue: Catalogue | None = None) -> FOIResponse:
    """Parse the text of a response (already decoded)."""
    return parse_document(read_text(text), limits=limits, catalogue=catalogue)


def parse_document(
    document: Document,
    *,
    limits: Limits = DEFAULT_LIMITS,
    catalogue: Catalogue | None = None,
    depth: int = 0,
    deadline: Deadline | None = None,
) -> FOIResponse:
    """Run the stages after reading; readers of every format end here.

    The document's attachments (an email's) are parsed too, each into ``FOIResponse.attachments``; ``depth``
    is how deeply this document is itself attached (0: not at all) and ``deadline`` the time it shares with
    the document it is attached to.
    """
    source_name = document.source.path
    if len(document.text) > limits.max_chars:
        raise DocumentTooLarge(
            f"text is {len(document.text):,} characters, over the limit of {limits.max_chars:,}",
            hint="pass Limits(max_chars=...) to raise the limit, or split the file",
            source=source_name,
        )
    if not document.text.strip():
        raise EmptyDocument(
            "the document holds no text", hint="check the file is not empty or image-only", source=source_name
        )
    catalogue = catalogue or get_catalogue()
    # In-process time limit, checked between stages (a C-level loop inside one stage is stopped by the batch
    # runner's process-level watchdog instead).
    if deadline is None:
        deadline = Deadline.start(limits, source=source_name)
    cleaned = clean(document, catalogue.glued_cell_re)
    deadline.check("clean")
    if not cleaned.text:
        raise EmptyDocument("the document holds no readable text", source=source_name)
    layout = segment(cleaned, catalogue)
    deadline.check("segment")
    ctx = Context(clean=cleaned, layout=layout, catalogue=catalogue, doc=get_nlp().make_doc(cleaned.text))
    ctx.warnings.extend(document.warnings)
    # patterns/language.yaml: a bilingual letterhead holds a few of its Welsh words, a Welsh reply dozens.
    welsh_words = catalogue.welsh_words.count(cleaned.text[:5_000])
    if welsh_words > 20:
        ctx.warn(
            "language",
            "much of the text looks Welsh; foiparse's patterns are English, so fields may be missed",
        )

    provenance: dict[str, list[Span]] = {}
    reference = extract_reference(ctx)
    if reference:
        provenance["reference"] = [reference[1]]
    response_date = extract_response_date(ctx)
    if response_date:
        provenance["response_date"] = [response_date[1]]
    received_date = extract_received_date(ctx, response_date[0] if response_date else None)
    if received_date:
        provenance["received_date"] = [received_date[1]]
    authority = extract_authority(ctx)
    if authority:
        provenance["authority"] = [item.span for item in authority.evidence]
    legislation = extract_legislation(ctx, authority)
    for act, spans in legislation:
        provenance[f"legislation.{act}"] = spans
    subject = extract_subject(ctx)
    if subject:
        provenance["subject"] = [subject[1]]
    requester = extract_requester(ctx)
    if requester:
        provenance["requester"] = [requester.span]
    officer = extract_officer(ctx)
    if officer:
        provenance["officer"] = [officer.span]
    deadline.check("header fields")
    questions = extract_questions(ctx)
    deadline.check("questions")
    exemptions = extract_exemptions(ctx, [act for act, _ in legislation])
    questions, exemptions = link_exemptions(questions, exemptions)
    named = {act for act, _ in legislation}
    extra = [(act, spans) for act, spans in legislation_of_exemptions(exemptions) if act not in named]
    if extra:
        legislation = sorted([*legislation, *extra], key=lambda item: min(span.start for span in item[1]))
        for act, spans in extra:
            provenance[f"legislation.{act}"] = spans
    deadline.check("exemptions")
    mentions = extract_systems(ctx, questions)
    # Teams for training, Excel for a list: named, typed, and kept out of the systems an authority runs.
    systems = [m for m in mentions if m.category not in TOOL_KINDS]
    tools = [m for m in mentions if m.category in TOOL_KINDS]
    doc_type, outcome = decide(ctx, questions, exemptions, mentions)
    if doc_type == "decision_notice":
        questions = _decision_notice_questions(questions, cleaned.text, catalogue.requester_voice_re)
    source = document.source
    if cleaned.page_starts:
        source = source.model_copy(update={"pages": len(cleaned.page_starts)})
    record = FOIResponse(
        source=source,
        authority=authority,
        reference=reference[0] if reference else None,
        response_date=response_date[0] if response_date else None,
        received_date=received_date[0] if received_date else None,
        requester=requester,
        officer=officer,
        legislation=[act for act, _ in legislation],
        subject=subject[0] if subject else None,
        doc_type=doc_type,
        outcome=outcome,
        questions=questions,
        exemptions=exemptions,
        systems=systems,
        tools=tools,
        warnings=ctx.warnings,
        provenance=provenance,
        text=cleaned.text,
        parser_version=__version__,
    )

    # --- attachments: each parsed into a record of its own, linked to this one; a failure stays with it ---
    if document.attachments:
        record.attachments = [
            _parse_attachment(name, data, document.source.path, limits, catalogue, depth + 1, deadline)
            for name, data in document.attachments
        ]
        record.warnings.extend(
            ParseWarning(
                code="attachment_not_parsed",
                message=f"attachment {a.name!r} could not be parsed ({a.error.type}: {a.error.message})",
            )
            for a in record.attachments
            if a.error is not None
        )
    return record


def _parse_attachment(
    name: str,
    data: bytes,
    parent: str | None,
    limits: Limits,
    catalogue: Catalogue,
    depth: int,
    deadline: Deadline,
) -> Attachment:
    """One attached file, ``depth`` attachments deep, read and parsed; its FoiParseError becomes ``error``."""
    path = name if not parent else f"{parent}{'/' if '!/' in parent else '!/'}{name}"
    record: FOIResponse | None = None
    error: AttachmentError | None = None
    try:
        check_depth("email attachments (files attached to attached emails)", depth, limits.max_depth, "max_depth",
                    source=path)  # fmt: skip
        deadline.check(f"parsing attachment {name!r}")
        document = read_bytes(data, name=path, limits=limits, deadline=deadline)
        record = parse_document(document, limits=limits, catalogue=catalogue, depth=depth, deadline=deadline)
    except FoiParseError as exc:
        message = exc.message if exc.hint is None else f"{exc.message} ({exc.hint})"
        error = AttachmentError(type=type(exc).__name__, message=message)
    return Attachment(
        name=name,
        media_type=record.source.media_type if record else (sniff_media_type(data, name) if data else None),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        record=record,
        error=error,
    )
