"""Word: .docx with python-docx; .doc, .odt and .rtf converted to .docx by LibreOffice when it is installed.

The body is read in document order (paragraphs and tables interleaved). Paragraph text keeps what is typed;
automatic numbering (``w:numPr``, from the paragraph or its style) is rendered from the numbering definitions
("1.", "(a)", "ii.") because FOI replies number their questions that way and the number is not in the runs.
Bold and italic runs (direct formatting, character style or paragraph style) become :class:`StyleRun` hints;
table rows become one line each with the cells joined by `` | ``. The first section's header (letterhead) is
read before the body.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import CorruptDocument, EncryptedDocument, UnsupportedFormat
from ..limits import DEFAULT_LIMITS, NO_DEADLINE, Deadline, Limits, check_decompressed, check_size
from ..models import ParseWarning, Source
from .styled import StyledText

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONVERT_TIMEOUT_S = 120
# Blocks (paragraphs, tables) read between two looks at the clock.
_DEADLINE_EVERY = 200


class _Numbering:
    """Renders automatic list numbers from word/numbering.xml."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._counters: dict[str, list[int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in numbering.findall(f"{_W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in an.findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt = _val(lvl.find(f"{_W}numFmt")) or "decimal"
                text = _val(lvl.find(f"{_W}lvlText")) or ""
                start = _val(lvl.find(f"{_W}start")) or "1"
                levels[ilvl] = (fmt, text, int(start) if start.isdigit() else 1)
            abstract[an.get(f"{_W}abstractNumId", "")] = levels
        for num in numbering.findall(f"{_W}num"):
            ref = _val(num.find(f"{_W}abstractNumId"))
            for ilvl, level in abstract.get(ref or "", {}).items():
                self._levels[(num.get(f"{_W}numId", ""), ilvl)] = level

    def label(self, num_id: str, ilvl: int) -> str:
        level = self._levels.get((num_id, ilvl))
        if level is None or num_id == "0":
            return ""
        fmt, text, _start = level
        counters = self._counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            lvl_def = self._levels.get((num_id, len(counters)))
            counters.append((lvl_def[2] if lvl_def else 1) - 1)
        counters[ilvl] += 1
        del counters[ilvl + 1 :]
        if fmt == "bullet":
            return "- "
        if fmt == "none":
            return ""
        out = text
        for n in range(ilvl + 1):
            lvl_def = self._levels.get((num_id, n))
            out = out.replace(f"%{n + 1}", _format_number(counters[n], lvl_def[0] if lvl_def else "decimal"))
        return f"{out} " if out else ""


def _val(el: Any) -> str | None:
    return None if el is None else el.get(f"{_W}val")


def _format_number(n: int, fmt: str) -> str:
    if fmt in {"lowerLetter", "upperLetter"}:
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(97 + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in {"lowerRoman", "upperRoman"}:
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out += numeral
            n -= value
    return out


def _style_flag(style: Any, attr: str) -> bool | None:
    while style is not None:
        value = getattr(style.font, attr, None)
        if value is not None:
            return bool(value)
        style = style.base_style
    return None


class _Styles:
    """Style look-ups by id, cached: python-docx's ``run.style`` scans every style on each call."""

    def __init__(self, document: Any) -> None:
        self._by_id: dict[str, Any] = {}
        self._flags: dict[str | None, tuple[bool | None, bool | None, bool]] = {}
        self.default_paragraph: Any = None
        try:
            for style in document.styles:
                self._by_id[style.style_id] = style
                if style.type == 1 and style.element.default:  # WD_STYLE_TYPE.PARAGRAPH
                    self.default_paragraph = style
        except (KeyError, ValueError, AttributeError):
            pass

    def get(self, style_id: str | None) -> Any:
        return self._by_id.get(style_id) if style_id else None

    def flags(self, style_id: str | None, *, paragraph: bool = False) -> tuple[bool | None, bool | None, bool]:
        """(bold, italic, is a heading) of a style, following its base styles."""
        key = f"p:{style_id}" if paragraph else style_id
        hit = self._flags.get(key)
        if hit is None:
            style = self.get(style_id) if style_id else (self.default_paragraph if paragraph else None)
            try:
                name = (style.name or "").lower() if style is not None else ""
                hit = (_style_flag(style, "bold"), _style_flag(style, "italic"), name.startswith(("heading", "title")))
            except (KeyError, ValueError, AttributeError):
                hit = (None, None, False)
            self._flags[key] = hit
        return hit


def _run_flags(run: Any, paragraph_flags: tuple[bool, bool], styles: _Styles) -> tuple[bool, bool]:
    r_pr = run._r.rPr
    r_style = r_pr.rStyle.val if r_pr is not None and r_pr.rStyle is not None else None
    style_bold, style_italic, _ = styles.flags(r_style) if r_style else (None, None, False)
    bold, italic = run.bold, run.italic
    bold = style_bold if bold is None else bold
    italic = style_italic if italic is None else italic
    return (paragraph_flags[0] if bold is None else bool(bold), paragraph_flags[1] if italic is None else bool(italic))


def _paragraph_style_id(paragraph: Any) -> str | None:
    p_pr = paragraph._p.pPr
    return p_pr.pStyle.val if p_pr is not None and p_pr.pStyle is not None else None


def _num_pr(paragraph: Any, styles: _Styles) -> tuple[str, int] | None:
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style_id = _paragraph_style_id(paragraph)
    style = styles.get(style_id) if style_id else styles.default_paragraph
    while num_pr is None and style is not None:
        s_ppr = style.element.pPr
        num_pr = s_ppr.numPr if s_ppr is not None else None
        style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return str(num_pr.numId.val), int(ilvl)


def _paragraph(paragraph: Any, out: StyledText, numbering: _Numbering, styles: _Styles) -> None:
    bold, italic, heading = styles.flags(_paragraph_style_id(paragraph), paragraph=True)
    para_flags = (bool(bold) or heading, bool(italic))
    pieces: list[tuple[str, bool, bool]] = []
    for item in paragraph.iter_inner_content():
        runs = getattr(item, "runs", None)
        for run in runs if runs is not None else [item]:
            text = run.text
            if text:
                pieces.append((text, *_run_flags(run, para_flags, styles)))
    text = "".join(p[0] for p in pieces)
    num = _num_pr(paragraph, styles) if text.strip() else None
    if num:
        label = numbering.label(*num)
        if label and not text.lstrip().startswith(label.strip()):
            out.write(label, *(pieces[0][1:] if pieces else (False, False)))
    for piece, bold_run, italic_run in pieces:
        out.write(piece, bold_run, italic_run)


def _cell_text(cell: Any, numbering: _Numbering, styles: _Styles) -> tuple[str, bool]:
    sub = StyledText()
    for n, paragraph in enumerate(cell.paragraphs):
        if n:
            sub.write(" ")
        _paragraph(paragraph, sub, numbering, styles)
    text = "".join(sub.parts)
    bold_chars = sum(r.end - r.start for r in sub.styles if r.bold)
    stripped = " ".join(text.split())
    return stripped, bool(stripped) and bold_chars >= 0.8 * len(text.strip())


def _table(table: Any, out: StyledText, numbering: _Numbering, styles: _Styles) -> None:
    for row in table.rows:
        seen: set[int] = set()
        cells: list[tuple[str, bool]] = []
        try:
            row_cells = row.cells
        except (IndexError, ValueError):
            continue
        for cell in row_cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell, numbering, styles))
        if not any(text for text, _ in cells):
            continue
        for n, (text, bold) in enumerate(cells):
            if n:
                out.write(" | ")
            out.write(text, bold)
        out.write("\n")


def _blocks(container: Any) -> Iterator[Any]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    # A document part whose root is not <w:document> (damaged, or another vocabulary) has no body to read.
    body = getattr(getattr(container, "element", None), "body", None)
    for child in body.iterchildren() if body is not None else ():
        if child.tag == f"{_W}p":
            yield Paragraph(child, container)
        elif child.tag == f"{_W}tbl":
            yield Table(child, container)
        elif child.tag == f"{_W}sdt":  # content controls wrap ordinary paragraphs
            content = child.find(f"{_W}sdtContent")
            for sub in content if content is not None else ():
                if sub.tag == f"{_W}p":
                    yield Paragraph(sub, container)
                elif sub.tag == f"{_W}tbl":
                    yield Table(sub, container)


def _check_package(data: bytes, name: str | None, limits: Limits) -> None:
    """Refuse a damaged package, or one whose parts unpack to more than ``limits.max_decompressed_bytes``.

    The sizes are those the archive declares; Python's ``zipfile`` never inflates a member past its declared
    size (it stops there and fails the CRC check), so a lying header gives a CorruptDocument, not a bomb.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise CorruptDocument(
            f"the Word file is damaged ({exc})", hint="open and re-save it in Word or LibreOffice", source=name
        ) from exc
    check_size("the Word file's part count", len(members), limits.max_members, "max_members", source=name)
    check_decompressed("the Word file's parts", sum(m.file_size for m in members), limits, source=name)


def read_docx(
    data: bytes,
    source: Source,
    *,
    warnings: list[ParseWarning] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline = NO_DEADLINE,
) -> Document:
    import docx
    from docx.table import Table

    name = source.path
    _check_package(data, name, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except RecursionError as exc:
        raise CorruptDocument(
            "the Word file's XML nests too deeply to read", hint="open and re-save it in Word", source=name
        ) from exc
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors... on broken packages
        raise CorruptDocument(
            f"the Word file cannot be read ({type(exc).__name__}: {exc})",
            hint="open and re-save it in Word or LibreOffice",
            source=name,
        ) from exc
    numbering = _Numbering(document)
    styles = _Styles(document)
    out = StyledText()
    try:
        header = document.sections[0].header if document.sections else None
        if header is not None and not header.is_linked_to_previous:
            for paragraph in header.paragraphs:
                if paragraph.text.strip():
                    _paragraph(paragraph, out, numbering, styles)
                    out.write("\n")
            if out.length:
                out.write("\n")
    except (KeyError, ValueError, AttributeError):
        pass
    deadline.check("opening the Word file")
    for n, block in enumerate(_blocks(document)):
        if n % _DEADLINE_EVERY == _DEADLINE_EVERY - 1:
            deadline.check(f"reading block {n + 1} of the Word file")
            check_size("the Word file's text (characters)", out.length, limits.max_chars, "max_chars", source=name)
        if isinstance(block, Table):
            _table(block, out, numbering, styles)
            out.write("\n")
        else:
            _paragraph(block, out, numbering, styles)
            out.write("\n\n")
    return Document(
        text="".join(out.parts),
        source=source,
        styles=out.styles,
        hard_wrapped=False,
        warnings=list(warnings or []),
    )


def _convert_timeout(deadline: Deadline) -> float:
    remaining = deadline.remaining()
    return _CONVERT_TIMEOUT_S if remaining is None else max(1.0, min(_CONVERT_TIMEOUT_S, remaining))


def _office_binary() -> str | None:
    for candidate in ("libreoffice", "soffice"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def read_via_libreoffice(
    data: bytes, source: Source, *, limits: Limits = DEFAULT_LIMITS, deadline: Deadline = NO_DEADLINE
) -> Document:
    """.doc, .odt and .rtf: convert to .docx with LibreOffice (headless), then read that."""
    name = source.path
    binary = _office_binary()
    kind = {"application/msword": ".doc", "application/rtf": ".rtf"}.get(source.media_type or "", ".odt")
    if binary is None:
        raise UnsupportedFormat(
            f"reading {kind} files needs LibreOffice, which is not installed",
            hint="install the Debian package libreoffice-writer-nogui (apt-get install libreoffice-writer-nogui), "
            "or save the file as .docx and parse that",
            source=name,
        )
    with tempfile.TemporaryDirectory(prefix="foiparse-lo-") as tmp:
        src = Path(tmp) / f"input{kind}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        cmd = [
            binary,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            tmp,
            str(src),
        ]
        timeout = _convert_timeout(deadline)
        try:
            subprocess.run(
                cmd,
                check=False,
                capture_output=True,
                timeout=timeout,
                env={**os.environ, "HOME": tmp},
            )
        except subprocess.TimeoutExpired as exc:
            raise CorruptDocument(
                f"LibreOffice did not convert the {kind} file within {timeout:g} s",
                hint="the file may be damaged or very large",
                source=name,
            ) from exc
        converted = Path(tmp) / "input.docx"
        if not converted.is_file():
            if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data:
                raise EncryptedDocument(
                    "the Word file is password-protected", hint="ask for an unprotected copy", source=name
                )
            raise CorruptDocument(
                f"LibreOffice could not convert the {kind} file", hint="the file may be damaged", source=name
            )
        converted_bytes = converted.read_bytes()
    warning = ParseWarning(code="converted", message=f"{kind} converted to .docx with LibreOffice")
    return read_docx(converted_bytes, source, warnings=[warning], limits=limits, deadline=deadline)
