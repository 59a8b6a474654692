"""The requester (from the authority's salutation) and the authority's officer (contact or signatory)."""

from __future__ import annotations

import re

from ..models import Person
from ..segment import Message
from .context import Context

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Cllr|Councillor)\.?"
_NAME = r"[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+){0,3}"
PERSON_RE = re.compile(rf"^(?:{_TITLE}\s+)?{_NAME}$")
_TITLED_RE = re.compile(rf"^{_TITLE}\s+[A-Z]")
# Words that make a "name" an organisation, a team or a generic addressee.
_NOT_PERSONAL = re.compile(
    r"\b(?:Sir|Madam|Requester|Applicant|Requestor|Customer|Colleague|Colleagues|All|Team|Unit|Office|Officer|Service|"
    r"Services|Council|Police|Trust|Department|Ministry|Government|Authority|Board|Foi|FOI|Freedom|Information|"
    r"Governance|Rights|Compliance|Centre|Group|Directorate|Partnership|Commissioner|Manager|Coordinator|"
    r"Co-ordinator|Admin|Administrator|Enquiries|Data|Protection|Corporate|Division|Branch|Secretariat|"
    r"Whatdotheyknow|Person|Friend|There|Everyone)\b",
    re.I,
)
_SIGN_OFF_SKIP = re.compile(r"^(?:\(?signed\)?|pp\.?|p\.p\.)$", re.I)


def is_person_name(text: str) -> bool:
    text = text.strip().rstrip(",.")
    if not PERSON_RE.match(text) or _NOT_PERSONAL.search(text.split(None, 1)[-1] if _TITLED_RE.match(text) else text):
        return False
    return len(text.split()) >= 2 or bool(_TITLED_RE.match(text))


def is_requester_message(message: Message) -> bool:
    """A message written by the requester: its salutation addresses the authority, not a person."""
    addressee = message.addressee
    return bool(addressee) and not is_person_name(addressee or "") and bool(_NOT_PERSONAL.search(addressee or ""))


def extract_requester(ctx: Context) -> Person | None:
    for message in ctx.layout.messages:
        if message.quoted or message.salutation is None:
            continue
        addressee = message.addressee
        if addressee and is_person_name(addressee):
            start = ctx.text.index(addressee, message.salutation.start)
            return Person(
                name=addressee.rstrip(",."),
                role="requester",
                span=ctx.span(start, start + len(addressee.rstrip(",."))),
            )
    return None


def extract_officer(ctx: Context) -> Person | None:
    layout = ctx.layout
    for m in ctx.catalogue.officer_label_re.finditer(ctx.lower):
        if layout.in_quoted(m.start()) or not layout.in_header(m.start()):
            continue
        rest = re.match(r"[\s:|/\-]*([^\n|]{2,60})", ctx.text[m.end() : m.end() + 80])
        if rest:
            name = rest.group(1).strip().rstrip(",.")
            if is_person_name(name):
                start = ctx.text.index(name, m.end())
                return Person(name=name, role="contact", span=ctx.span(start, start + len(name)))
    for message in reversed(layout.messages):
        if message.quoted or message.closing is None or is_requester_message(message):
            continue
        following = layout.lines[message.closing.index + 1 : message.closing.index + 5]
        for i, line in enumerate(following):
            candidate = line.text.strip().rstrip(",.")
            if not candidate or _SIGN_OFF_SKIP.match(candidate):
                continue
            if is_person_name(candidate):
                title_line = next((ln for ln in following[i + 1 :] if ln.text.strip()), None)
                job_title = None
                if (
                    title_line is not None
                    and len(title_line.text) < 60
                    and not is_person_name(title_line.text)
                    and not re.search(r"[@\d]", title_line.text)
                ):
                    job_title = title_line.text.strip()
                start = line.start + line.text.index(candidate)
                return Person(
                    name=candidate,
                    role="signatory",
                    job_title=job_title,
                    span=ctx.span(start, start + len(candidate)),
                )
            break
    return None
