"""What the request was about: a "Re:"/"Subject:" line, a WhatDoTheyKnow title, or "relating to ..."."""

from __future__ import annotations

import re

from ..models import Span
from .context import Context

_WDTK_TITLE_RE = re.compile(r"Freedom of Information request (?:'|\")(?P<subject>[^'\"\n]{3,200})(?:'|\")")
# The look-ahead names the phrases' first letters, so the regex engine skips to them instead of trying \b
# at every position.
_RELATING_RE = re.compile(
    r"(?=[acir])\b(?:relating to|in relation to|regarding|concerning|in respect of|about)"
    r"\s+(?P<subject>[^.:\n]{3,150}?)[.:\n]"
)


_NOT_A_WORD_RE = re.compile(r"[^a-z0-9 ]+")
_SPACES_RE = re.compile(r"\s+")


def _generic(ctx: Context, subject: str) -> bool:
    folded = _NOT_A_WORD_RE.sub(" ", subject.lower())
    folded = _SPACES_RE.sub(" ", folded).strip()
    return folded in ctx.catalogue.generic_subjects or len(folded) < 3


def extract_subject(ctx: Context) -> tuple[str, Span] | None:
    layout = ctx.layout
    for m in ctx.catalogue.subject_label_re.finditer(ctx.text):
        if layout.in_quoted(m.start("line")) and not layout.in_header(m.start("line")):
            continue
        subject = m.group("subject").strip(" *")
        if not _generic(ctx, subject):
            start = m.start("subject") + m.group("subject").index(subject)
            return subject, ctx.span(start, start + len(subject))
    title = _WDTK_TITLE_RE.search(ctx.text)
    if title:
        return title.group("subject"), ctx.span(title.start("subject"), title.end("subject"))
    # "Thank you for your request ... relating to Children's and Adult's Social Care." in the opening.
    opening_end = min(len(ctx.text), 1500)
    for m in _RELATING_RE.finditer(ctx.text, 0, opening_end):
        if layout.boilerplate_kind(m.start()) or layout.in_quoted(m.start()):
            continue
        line = layout.line_at(m.start())
        if "request" in ctx.text[line.start : m.start()].lower():
            subject = m.group("subject").strip()
            if not _generic(ctx, subject):
                return subject, ctx.span(m.start("subject"), m.start("subject") + len(subject))
    return None
