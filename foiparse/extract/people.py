"""The requester (from the authority's salutation) and the authority's officer (contact or signatory)."""

from __future__ import annotations

import re

from ..models import Person
from ..segment import _SIGN_OFF_SKIP, addresses_an_organisation, is_given_name, is_person_name
from .context import Context


def extract_requester(ctx: Context) -> Person | None:
    for message in ctx.layout.messages:
        if message.quoted or message.salutation is None:
            continue
        # A body greeted is no requester, whatever its words look like ("Dear United Utilities Water PLC,").
        if addresses_an_organisation(message.salutation.text):
            continue
        addressee = message.addressee
        # "Dear Aisha,": NHS and university emails greet the requester by first name.
        if addressee and (
            is_person_name(addressee)
            or (
                not message.from_requester
                and is_given_name(addressee)
                and addressee.rstrip(",.") not in ctx.catalogue.council_place_words
            )
        ):
            start = ctx.text.index(addressee, message.salutation.start)
            name = addressee.rstrip(",.")
            # Validated with its span as plain fields (cheaper than a Span record first).
            return Person.model_validate(
                {"name": name, "role": "requester", "span": ctx.span_fields(start, start + len(name))}
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
                return Person.model_validate(
                    {"name": name, "role": "contact", "span": ctx.span_fields(start, start + len(name))}
                )
    for message in reversed(layout.messages):
        if message.quoted or message.closing is None or message.from_requester:
            continue
        following = layout.lines[message.closing.number + 1 : message.closing.number + 5]
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
                return Person.model_validate(
                    {
                        "name": candidate,
                        "role": "signatory",
                        "job_title": job_title,
                        "span": ctx.span_fields(start, start + len(candidate)),
                    }
                )
            break
    return None
