"""The list of provisions a commissioner's decision considered ("Relevant statutory provisions"): what it names there
it considered, not applied (patterns/exemptions.yaml provisions_headings)."""

from __future__ import annotations

import re

from .context import Context

# A paragraph of a provisions list opens with the Act it cites: "Charities and Trustee Investment (Scotland) Act 2005
# (CTISA) sections 1(5)(d) (Office of the Scottish Charity Regulator); ... 28(1) - (4) (Inquiries about charities
# etc.)" under the paragraph for FOISA (the Scottish Information Commissioner's decision on the Office of the
# Scottish Charity Regulator).
_CITES_AN_ACT_RE = re.compile(r"[*_ ]*[A-Z][\w ,'()&-]{2,120}? (?:Act|Regulations)(?: \(Scotland\))? \d{4}\b")
_LONGEST_HEADING = 80  # characters: the longest heading in patterns/exemptions.yaml with room to spare


def _heading_words(text: str) -> str:
    """A line's words as the headings are listed: lower case, single-spaced, without emphasis or a colon."""
    return " ".join(text.strip(" *_#:").lower().split())


def under_provisions_heading(ctx: Context, offset: int) -> bool:
    """Whether the paragraph holding ``offset`` is the list under a "Relevant statutory provisions" heading, or a
    later paragraph of that list (each opens with the Act it cites)."""
    headings = ctx.catalogue.provisions_headings
    if not headings:
        return False
    layout = ctx.layout
    line = layout.line_at(offset)
    # The heading glued to its list where the page lost the line break: "Relevant Statutory Provisions and other
    # SourcesFreedom of Information (Scotland) Act 2002 sections 17(1) ...; 35(1)(g), (2)(b) and (2)(d)(ii) (Law
    # enforcement); 38(1)(a); 38(1)(b) and 38(2)(a)(i) (Personal information)" (the Scottish Information
    # Commissioner's decision on Central Scotland Police, as mirrored).
    opening = _heading_words(line.text[:_LONGEST_HEADING])
    if any(opening.startswith(heading) for heading in headings):
        return True
    number = line.number
    for _paragraph in range(4):
        above = layout.line_above(number)
        if above is None:
            return False
        if _heading_words(above.text) in headings:
            return True
        # (line_above skips blank lines: the paragraph above, which must cite an Act too)
        if not _CITES_AN_ACT_RE.match(above.text) or not _CITES_AN_ACT_RE.match(layout.lines[number].text):
            return False
        number = above.number
    return False
