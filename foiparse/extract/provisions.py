"""The list of provisions a commissioner's decision considered ("Relevant statutory provisions",
patterns/exemptions.yaml provisions_headings): where the decision's prose cites exemptions, what the list names there
it considered, not applied; where the prose (as far as a text goes) cites none, the exemptions it lists are the ones
the authority relied on (extract/exemptions.py)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .context import Context

# A paragraph of a provisions list opens with the Act it cites: "Charities and Trustee Investment (Scotland) Act 2005
# (CTISA) sections 1(5)(d) (Office of the Scottish Charity Regulator); ... 28(1) - (4) (Inquiries about charities
# etc.)" under the paragraph for FOISA (the Scottish Information Commissioner's decision on the Office of the
# Scottish Charity Regulator).
# (or an order made under an Act: "The Public Services Reform (General Teaching Council for Scotland) Order 2011
# Articles 6(c) (General functions) and 18(3) (Fitness to teach)" under FOISA's paragraph, the Scottish Information
# Commissioner's decision on the General Teaching Council for Scotland; not FOISA's section 18(3))
# (or the GDPR, by articles and with no year: "United Kingdom General Data Protection Regulation (the UK GDPR) articles
# 5(1)(a) ...; 6(1)(f) ..." between FOISA's paragraph and the Data Protection Act 2018's, the Scottish Information
# Commissioner's decision on Ayrshire and Arran Health Board)
_CITES_AN_ACT_RE = re.compile(
    r"[*_ ]*(?:[A-Z][\w ,'()&-]{2,120}? (?:Act|Regulations|Order)(?: \(Scotland\))? \d{4}\b"
    r"|(?:United Kingdom |UK |EU )?General Data Protection Regulation\b)"
)
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


# One provision of a list, its section or regulation number and brackets, and the siblings after it: "12(1)", "1(1),
# (4) and (6)", "38(1)(a) and (b)", "10(1) and (4)(a)", "35(1)(g), (2)(b) and (2)(d)(ii)".
_LISTED_RE = re.compile(
    r"(?<![\w(/.])(?P<num>\d{1,3}[A-Z]?)(?P<sub>(?:\([0-9A-Za-z]{1,5}\))*)"
    r"(?P<siblings>(?:(?:,|,? and| to| -)[ \t]*(?:\([0-9A-Za-z]{1,5}\))+)*)"
)
_SIBLING_RE = re.compile(r"(?:\([0-9A-Za-z]{1,5}\))+")
_BRACKET_RE = re.compile(r"\([0-9A-Za-z]{1,5}\)")
# The Act's short name and the word for its provisions, between its name and the list: " (FOISA) sections ".
_ACT_TAIL_RE = re.compile(r"[ \t]*(?:\([^()\n]{2,30}\))?[ \t]*(?:sections?|regulations?|paragraphs?|articles?)?[ \t]*")
# A provision's name in brackets after it: "(General entitlement)", "(Excessive cost of compliance)".
_TITLE_RE = re.compile(r"\([A-Z][^()\n]{2,80}\)")
_MAX_PARAGRAPHS = 4


_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})


def _bracket_kind(content: str, before: str | None) -> str:
    """The kind of a bracket's content: "digit", "roman" or "letter" ("(i)" after "(h)" is a letter). A subsection
    inserted by a later Act is a digit's kind: "(2A)", as in FOISA's "38(1)(b), (2A) and (5)"."""
    if content[:1].isdigit():
        return "digit"
    lowered = content.lower()
    follows_letter = before is not None and len(before) == len(lowered) == 1 and ord(before.lower()) + 1 == ord(lowered)
    if lowered in _ROMAN and not follows_letter:
        return "roman"
    return "letter"


def sibling_level(brackets: list[str], first: str) -> int:
    """How many of the previous citation's ``brackets`` (their contents) a sibling whose first bracket holds ``first``
    keeps: it stands in place of the deepest bracket of its kind, else of the last. "36(2)(b)(i) and (ii)" keeps
    (2)(b); "38(1)(b), (2A)" keeps none."""
    kinds = [_bracket_kind(b, brackets[k - 1] if k else None) for k, b in enumerate(brackets)]
    kind = _bracket_kind(first, brackets[-1])
    return max((k for k, found in enumerate(kinds) if found == kind), default=len(brackets) - 1)


class ListedProvision(NamedTuple):
    act: str  # the words of the Act the paragraph opens with
    section: str  # as printed, without spaces ("12(1)", "10(4)(a)")
    start: int
    end: int
    # Spelt out from a sibling of several brackets ("(4)(a)" after "10(1)"), which may be a purpose or condition of
    # the provision before it ("(2)(b)" after "35(1)(g)") rather than one of its own.
    from_sibling: bool
    # The provision of the same section named before it in the group, which this one may be a condition of
    # ("38(2)(a)(i)" after "38(1)(b)"); None for the group's first of its section.
    condition_of: str | None = None


def listed_provisions(ctx: Context) -> list[ListedProvision]:
    """The provisions a decision's "Relevant statutory provisions" list names, a sibling spelt out ("1(1), (4) and
    (6)" -> 1(1), 1(4), 1(6)). Each paragraph opens with the Act it cites ("Freedom of Information (Scotland) Act 2002
    (FOISA) sections ...", "The Environmental Information (Scotland) Regulations 2004 (the EIRs) regulations ...") and
    lists its provisions, each group named in brackets and closed by a semicolon. In a group, a provision of a section
    named before it may be that one's condition ("38(1)(b) and 38(2)(a)(i) (Personal information)"): it comes marked
    with the one before (``condition_of``)."""
    headings = ctx.catalogue.provisions_headings
    if not headings or "rovisions" not in ctx.text:
        return []
    layout = ctx.layout
    found: list[ListedProvision] = []
    for line in layout.lines:
        opening = _heading_words(line.text[:_LONGEST_HEADING])
        heading = next((h for h in headings if opening.startswith(h)), None)
        if heading is None:
            continue
        # the list glued to its heading, or the paragraphs below it
        paragraphs = [line] if _heading_words(line.text) != heading else []
        below = line.number + 1
        while len(paragraphs) < _MAX_PARAGRAPHS and below < len(layout.lines):
            following = layout.lines[below]
            below += 1
            if not following.text.strip():
                continue
            if not _CITES_AN_ACT_RE.match(following.text):
                break
            paragraphs.append(following)
        for paragraph in paragraphs:
            act = _CITES_AN_ACT_RE.search(paragraph.text)
            if act is not None:
                tail = _ACT_TAIL_RE.match(paragraph.text, act.end())
                pos = tail.end() if tail is not None else act.end()
                found.extend(_listed_in(act.group(), paragraph.text, paragraph.start, pos))
        break
    return found


# Where a group of provisions ends: its semicolon, or a comma or "and" after its title's bracket before the next
# number, as early decisions join them: "sections 1(1) (General entitlement); 2(1) (Effect of exemptions), 30(b)
# (Prejudice to effective conduct of public affairs) and 36(1) (Confidentiality)" (the Scottish Information
# Commissioner's Decision 075/2007 on the Mental Welfare Commission for Scotland).
_GROUP_END_RE = re.compile(rf";|{_TITLE_RE.pattern}(?:,| and)(?=[ \t]+\d)")


def _listed_in(act: str, text: str, offset: int, pos: int) -> list[ListedProvision]:
    """The provisions of one paragraph of the list, from ``text[pos:]``, with their offsets in the document."""
    listed: list[ListedProvision] = []
    group_start = pos
    for group_end in [*(m.end() for m in _GROUP_END_RE.finditer(text[pos:])), len(text) - pos]:
        group = text[group_start : pos + group_end]
        title = _TITLE_RE.search(group)
        numbers: dict[str, str] = {}  # a section's number -> its first provision in the group
        for m in _LISTED_RE.finditer(group, 0, title.start() if title else len(group)):
            number, sub = m.group("num"), m.group("sub")
            if not sub and not title:
                continue  # a year or a count in the prose, not a provision
            at = offset + group_start
            # perhaps a condition of the section named before it: the caller decides by what that one is
            condition_of = numbers.get(number)
            listed.append(
                ListedProvision(act, number + sub, at + m.start(), at + m.end("sub"), False, condition_of=condition_of)
            )
            if condition_of is not None:
                continue
            numbers[number] = number + sub
            brackets = _BRACKET_RE.findall(sub)
            from_sibling = False
            for sibling in _SIBLING_RE.finditer(m.group("siblings")):
                # A sibling of k brackets stands for the last k of the provision before it, a sibling's too: "35(1)(g)
                # and (2)(a), (b) and (c)" is 35(1)(g), 35(2)(a), 35(2)(b), 35(2)(c) (the Scottish Information
                # Commissioner's Decision 110/2012), the last three the purposes of 35(1)(g).
                # Of one bracket, it stands in place of the deepest bracket of its kind: "38(1)(b), (2A) and (5)" is
                # 38(1)(b), 38(2A), 38(5) (the Scottish Information Commissioner's Decision 016/2026), not 38(1)(2A).
                new = _BRACKET_RE.findall(sibling.group())
                replaced = len(new)
                level = max(0, len(brackets) - replaced)
                if replaced == 1 and brackets:
                    level = sibling_level([b[1:-1] for b in brackets], new[0][1:-1])
                kept = brackets[:level]
                spelt = number + "".join(kept) + sibling.group()
                from_sibling = replaced > 1 or (from_sibling and replaced == 1)
                brackets = [*kept, *new]
                sibling_at = at + m.start("siblings")
                listed.append(
                    ListedProvision(act, spelt, sibling_at + sibling.start(), sibling_at + sibling.end(), from_sibling)
                )
        group_start = pos + group_end
    return listed
