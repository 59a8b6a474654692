"""HTML: WhatDoTheyKnow threads, "HTML version of an attachment" pages, disclosure-log pages, email bodies.

lxml (``lxml.html``) parses: it is maintained, fast (libxml2's tolerant HTML parser in C), already installed as
python-docx's dependency, and gives a real tree to walk. The boilerplate rules are ours, not a generic
"readability" heuristic (trafilatura/jusText drop short lines such as "Our ref: 123" or "Dear Mr Jones", which
are exactly the lines foiparse needs): the main content element is chosen (``<main>``, ``role=main``, the
WhatDoTheyKnow correspondence column, ``<article>``...), then navigation, headers, footers, cookie banners,
sidebars ("similar requests"), forms, scripts and styles inside it are dropped.

Block elements become line breaks (paragraphs and headings a blank line), list items keep a "- " or "1. "
marker, table rows become one line with cells joined by `` | ``, and ``<b>/<strong>/<i>/<em>`` (and headings)
become :class:`StyleRun` hints.
"""

from __future__ import annotations

import html as html_lib
import re

import lxml.html
from lxml import etree

from ..document import Document, StyleRun
from ..errors import EmptyDocument
from ..limits import DEFAULT_LIMITS, NO_DEADLINE, Deadline, Limits
from ..models import ParseWarning, Source
from .text import decode_text

_DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button",
    "iframe", "select", "input", "textarea", "head", "title", "meta", "link", "object", "embed", "canvas", "dialog",
}  # fmt: skip
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
# Words that mark an element as page furniture when they are a whole part of its id or class
# ("request_sidebar", "similar-requests", "cookie-banner"), never as a substring ("navigation" in prose).
_FURNITURE_WORDS = {
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "cookie", "cookies", "consent",
    "banner", "masthead", "skip", "share", "sharing", "social", "advert", "advertisement", "promo", "similar",
    "related", "footer", "toolbar", "pagination", "feedback", "signup", "newsletter", "search", "sidebars",
}  # fmt: skip
_MAIN_SELECTORS = (
    "//main",
    "//*[@role='main']",
    "//*[@id='request-correspondence' or @id='correspondence' or @id='main-content' or @id='maincontent'"
    " or @id='main_content' or @id='content' or @id='main']",
    "//article",
)
_BLOCK = {
    "p", "div", "section", "article", "main", "blockquote", "pre", "address", "ul", "ol", "dl", "dt", "dd",
    "figure", "figcaption", "fieldset", "table", "thead", "tbody", "tfoot", "caption", "center", "hr",
}  # fmt: skip
_PARAGRAPH = {"p", "blockquote", "pre", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD = {"b", "strong"} | _HEADINGS | {"th"}
_ITALIC = {"i", "em", "cite"}
_SPACE_RE = re.compile(r"[ \t\r\n\f\u00a0]+")
_SPLIT_RE = re.compile(r"[-_\s]+")
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
# For pages libxml2 gives up on (nesting past its depth limit): text without the markup. Each pattern is
# linear: an unclosed comment or script runs to the end once, a tag never scans past the next "<".
_STRIP_DROP_RE = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
_STRIP_BLOCK_RE = re.compile(r"</?(?:p|div|br|li|tr|h[1-6]|table|ul|ol|section|article|blockquote|pre)\b[^<>]*>", re.I)
_STRIP_TAG_RE = re.compile(r"<[^<>]*>")
_BLANK_LINES_RE = re.compile(r"\n\s*\n\s*")
# Elements walked between two looks at the clock.
_DEADLINE_EVERY = 2_000


def decode_html(data: bytes, *, source: str | None = None) -> tuple[str, str, list[ParseWarning]]:
    """Bytes to text: a byte-order mark, else the page's own ``<meta charset>``, else detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _CHARSET_RE.search(data[:4096])
        if m:
            encoding = m.group(1).decode("ascii", "replace").lower()
            try:
                return data.decode(encoding), encoding, []
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(data, source=source)


def _is_furniture(el: etree._Element) -> bool:
    if el.tag in _DROP_TAGS:
        return True
    if (el.get("role") or "").lower() in _DROP_ROLES or el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style:
        return True
    words = set(_SPLIT_RE.split(f"{el.get('id') or ''} {el.get('class') or ''}".lower()))
    return bool(words & _FURNITURE_WORDS)


def _main_element(root: etree._Element) -> etree._Element:
    for selector in _MAIN_SELECTORS:
        found = [el for el in root.xpath(selector) if isinstance(el, etree._Element)]
        if found:
            # The candidate holding the most text (a page may have several <article> teasers).
            return max(found, key=lambda el: len(el.text_content()) if hasattr(el, "text_content") else 0)
    body = root.find("body")
    return body if body is not None else root


class _Builder:
    """Accumulates text with pending line breaks, and the emphasis runs over it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pending = 0  # newlines owed before the next text (2 = blank line)
        self.styles: list[StyleRun] = []
        self.bold = 0
        self.italic = 0
        self.pre = 0
        self.at_line_start = True
        # Elements deeper than this are read as plain text (their words kept, their structure lost).
        self.max_depth = DEFAULT_LIMITS.max_element_depth
        self.flattened = 0
        self.deadline = NO_DEADLINE
        self.walked = 0

    def newline(self, n: int = 1) -> None:
        if self.length:
            self.pending = max(self.pending, n)

    def text(self, s: str) -> None:
        if not self.pre:
            s = _SPACE_RE.sub(" ", s)
            if self.at_line_start or self.pending:
                s = s.lstrip(" ")
        if not s:
            return
        if self.pending:
            self._emit("\n" * self.pending, False, False)
            self.pending = 0
        elif not self.pre and s.startswith(" ") and self.parts and self.parts[-1].endswith(" "):
            s = s[1:]
            if not s:
                return
        self._emit(s, self.bold > 0, self.italic > 0)
        self.at_line_start = s.endswith("\n")

    def _emit(self, s: str, bold: bool, italic: bool) -> None:
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        if s == "\n" * len(s):
            self.at_line_start = True
        if not (bold or italic):
            return
        last = self.styles[-1] if self.styles else None
        if last and last.bold == bold and last.italic == italic and last.end == start:
            self.styles[-1] = StyleRun(last.start, self.length, bold=bold, italic=italic)
        else:
            self.styles.append(StyleRun(start, self.length, bold=bold, italic=italic))

    def result(self) -> str:
        return "".join(self.parts)


def _walk(el: etree._Element, out: _Builder, list_counter: list[int] | None = None, depth: int = 0) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag:  # comments, processing instructions
        if el.tail:
            out.text(el.tail)
        return
    out.walked += 1
    if out.walked % _DEADLINE_EVERY == 0:
        out.deadline.check("reading the HTML")
    if _is_furniture(el):
        if el.tail:
            out.text(el.tail)
        return
    if depth >= out.max_depth:
        # Hostile or generated nesting: keep the words (lxml iterates in C, no recursion), lose the structure.
        out.flattened += 1
        out.newline(1)
        out.text(" ".join("".join(el.itertext()).split()))
        out.newline(1)
        if el.tail:
            out.text(el.tail)
        return
    tag = tag.lower()
    if tag == "br":
        out.newline(1)
        out.at_line_start = True
    elif tag == "table":
        out.newline(2)
        _table(el, out, depth)
        out.newline(2)
    else:
        block = tag in _BLOCK or tag in _HEADINGS or tag == "li" or tag == "tr"
        if block:
            out.newline(2 if tag in _PARAGRAPH else 1)
        if tag == "li":
            if list_counter is not None:
                list_counter[0] += 1
                out.text(f"{list_counter[0]}. ")
            else:
                out.text("- ")
        bold, italic = tag in _BOLD, tag in _ITALIC
        out.bold += bold
        out.italic += italic
        out.pre += tag == "pre"
        counter: list[int] | None = list_counter
        if tag == "ol":
            start = el.get("start") or "1"
            counter = [int(start) - 1 if start.isdigit() else 0]
        elif tag == "ul":
            counter = None
        if el.text:
            out.text(el.text)
        for child in el:
            _walk(child, out, counter, depth + 1)
        out.bold -= bold
        out.italic -= italic
        out.pre -= tag == "pre"
        if block:
            out.newline(2 if tag in _PARAGRAPH else 1)
    if el.tail:
        out.text(el.tail)


def _table(table: etree._Element, out: _Builder, depth: int) -> None:
    for row in table.iter("tr"):
        # Only this table's own rows: a nested table's rows are read inside their cell.
        parent = row.getparent()
        while parent is not None and parent.tag not in {"table"}:
            parent = parent.getparent()
        if parent is not table:
            continue
        cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in {"td", "th"}]
        header_cells = {id(c) for c in cells if str(c.tag).lower() == "th"}
        texts = []
        for cell in cells:
            if _is_furniture(cell):
                continue
            cell_out = _Builder()
            cell_out.max_depth, cell_out.deadline = out.max_depth, out.deadline
            cell_out.bold += id(cell) in header_cells
            if cell.text:
                cell_out.text(cell.text)
            for child in cell:
                _walk(child, cell_out, None, depth + 3)
            out.flattened += cell_out.flattened
            out.walked += cell_out.walked
            texts.append((_SPACE_RE.sub(" ", cell_out.result()).strip(), cell_out.styles, id(cell) in header_cells))
        if not any(t for t, _, _ in texts):
            continue
        out.newline(1)
        for n, (text, styles, header) in enumerate(texts):
            if n:
                out.text(" | ")
            if header or (styles and sum(r.end - r.start for r in styles) >= 0.8 * max(1, len(text))):
                out.bold += 1
                out.text(text or " ")
                out.bold -= 1
            else:
                out.text(text or " ")
        out.newline(1)


def strip_tags(html: str) -> str:
    """Text of an HTML page without parsing it: scripts, styles and comments dropped, block tags as line breaks."""
    text = _STRIP_DROP_RE.sub(" ", html)
    text = _STRIP_BLOCK_RE.sub("\n", text)
    text = html_lib.unescape(_STRIP_TAG_RE.sub("", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(
    html: str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline = NO_DEADLINE,
    warnings: list[ParseWarning] | None = None,
) -> tuple[str, list[StyleRun]]:
    """The main content of an HTML page as text with emphasis runs.

    Nesting past ``limits.max_element_depth`` is read as plain text; a page libxml2 refuses to build a tree
    for (nesting past its own limit of 256) is read without its markup. Either adds a warning to ``warnings``.
    """
    notes = warnings if warnings is not None else []
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        # A document that declares its encoding cannot be parsed from str: go through UTF-8 bytes.
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, recover=True)
        try:
            root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
        except (etree.ParserError, ValueError):
            return "", []
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        message = next(e.message for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT")
        notes.append(
            ParseWarning(
                code="html_unparsable_structure",
                message=f"the page is beyond the HTML parser's limits ({message.strip()}); read as plain text "
                "without its structure",
            )
        )
        return strip_tags(html), []
    deadline.check("parsing the HTML")
    main = _main_element(root)
    out = _Builder()
    out.max_depth, out.deadline = limits.max_element_depth, deadline
    try:
        if main.text:
            out.text(main.text)
        for child in main:
            _walk(child, out)
    except RecursionError:
        # Cannot happen within max_element_depth; kept as a last line of defence for callers raising the limit.
        out = _Builder()
        out.text(" ".join("".join(main.itertext()).split()))
        out.flattened += 1
    if out.flattened:
        notes.append(
            ParseWarning(
                code="html_too_deep",
                message=f"elements nested more than {limits.max_element_depth} deep were read as plain text "
                f"({out.flattened} places)",
            )
        )
    text = out.result()
    # Trailing spaces before line breaks carry nothing.
    return text.rstrip(), [r for r in out.styles if r.end <= len(text.rstrip())]


def read_html(
    data: bytes, source: Source, *, limits: Limits = DEFAULT_LIMITS, deadline: Deadline = NO_DEADLINE
) -> Document:
    text, encoding, warnings = decode_html(data, source=source.path)
    if not text.strip():
        raise EmptyDocument("the HTML file is empty", source=source.path)
    body, styles = html_to_text(text, limits=limits, deadline=deadline, warnings=warnings)
    if len(body) < 20 and len(text) > 200:
        warnings.append(ParseWarning(code="html_little_text", message="the page's main content holds almost no text"))
    return Document(
        text=body,
        source=source.model_copy(update={"encoding": encoding}),
        styles=styles,
        hard_wrapped=False,
        warnings=warnings,
    )
