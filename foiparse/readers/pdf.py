"""PDF: pypdfium2 reads every page; pdfplumber reads only the tables of pages that have ruling lines.

Design (measured by ``benchmarks/bench_pdf.py``): pdfplumber's layout analysis costs ~100 ms a page, pypdfium2
about 1-2 ms, so the text of every page comes from pdfium's *page objects*. Each text object gives its text,
bounding box, font size and font (base name, weight, italic angle), so one cheap pass yields

- reading order (objects sorted top to bottom into lines, left to right within a line), not content-stream
  order, so a running footer drawn first does not land in the middle of the letter;
- bold/italic runs (``StyleRun``), from the font name/weight, with no pdfplumber call;
- positions for removing running headers/footers and bare page numbers, for re-flowing wrapped paragraphs
  (a line that reaches the right margin continues), repairing line-end hyphenation, and for reading a
  two-column letterhead column by column.

Path objects tell, for free, whether a page has ruling lines (a grid of thin horizontal and vertical
strokes). Only such pages are handed to pdfplumber, whose ``find_tables`` turns the grid into cells; each row
becomes one line with the cells joined by `` | `` ("Question | Response"). Pages are closed as soon as they are
read, so memory stays flat however long the document.
"""

from __future__ import annotations

import ctypes
import io
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..document import Document, StyleRun
from ..errors import CorruptDocument, EmptyDocument, EncryptedDocument, ScannedDocument
from ..limits import DEFAULT_LIMITS, NO_DEADLINE, Deadline, Limits, check_decompressed, check_size
from ..models import ParseWarning, Source
from .ocr import INSTALL_HINT, ocr_command, ocr_pdf, ocr_warning
from .styled import StyledText

_TEXT, _PATH, _IMAGE, _FORM = (
    pdfium_c.FPDF_PAGEOBJ_TEXT,
    pdfium_c.FPDF_PAGEOBJ_PATH,
    pdfium_c.FPDF_PAGEOBJ_IMAGE,
    pdfium_c.FPDF_PAGEOBJ_FORM,
)
_BOLD_NAME_RE = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC_NAME_RE = re.compile(r"italic|oblique|slanted", re.IGNORECASE)
_PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-\u2013]\s*\d{1,4}\s*[-\u2013]$", re.I)
_DIGITS_RE = re.compile(r"\d+")
_STARTS_ITEM_RE = re.compile(r"^(?:[-*•·▪]\s|\(?\d{1,3}[a-z]?[.):]\s|\(?[a-z]{1,3}[.)]\s|Q\d|Question\s+\d)")
_OBJECT_TEXT_MAP = str.maketrans({"\x02": "-", "\x00": None, "\r": None, "\n": " "})
# Outer share of the page height where running headers and footers live.
_MARGIN_ZONE = 0.12
# A page with more ruling lines than this is a drawing, not a table: pdfplumber would take minutes over it.
_MAX_TABLE_RULINGS = 5_000


@dataclass
class _Item:
    """One text object: its text, box (PDF coordinates, y grows upwards), size and emphasis."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    italic: bool


@dataclass
class _Line:
    items: list[_Item]
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    # Pieces of a line split at a wide gap (a second column, a table cell without rulings).
    cells: list[list[_Item]] = field(default_factory=list)
    table_row: str | None = None  # a pdfplumber table row, already joined with " | "

    @property
    def text(self) -> str:
        if self.table_row is not None:
            return self.table_row
        return _join_items(self.items)


def _join_items(items: list[_Item]) -> str:
    out: list[str] = []
    prev: _Item | None = None
    for item in items:
        if prev is not None and _needs_space(prev, item):
            out.append(" ")
        out.append(item.text)
        prev = item
    return "".join(out)


def _needs_space(prev: _Item, item: _Item) -> bool:
    if prev.text.endswith(" ") or item.text.startswith(" "):
        return False
    return item.x0 - prev.x1 > 0.15 * max(prev.size, item.size, 1.0)


# --- reading one page with pdfium -----------------------------------------------------------------------


class _FontCache:
    def __init__(self) -> None:
        self._cache: dict[int, tuple[bool, bool]] = {}

    def style(self, font: Any) -> tuple[bool, bool]:
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = _font_style(font)
        return hit


def _font_style(font: Any) -> tuple[bool, bool]:
    if not font:
        return False, False
    name = ""
    n = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    if n > 0:
        buf = ctypes.create_string_buffer(n)
        pdfium_c.FPDFFont_GetBaseFontName(font, buf, n)
        name = buf.value.decode("latin-1", "replace")
    weight = pdfium_c.FPDFFont_GetWeight(font)
    angle = ctypes.c_int(0)
    has_angle = pdfium_c.FPDFFont_GetItalicAngle(font, ctypes.byref(angle))
    bold = bool(_BOLD_NAME_RE.search(name)) or weight >= 600
    italic = bool(_ITALIC_NAME_RE.search(name)) or bool(has_angle and angle.value != 0)
    return bold, italic


def _text_of(obj: Any, textpage: Any) -> str:
    n = pdfium_c.FPDFTextObj_GetText(obj, textpage, None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    pdfium_c.FPDFTextObj_GetText(obj, textpage, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n)
    text = buf.raw[: n - 2].decode("utf-16-le", "replace")
    # pdfium marks a hyphen that ends a line as U+0002; NULs and line breaks inside an object carry nothing.
    return text.translate(_OBJECT_TEXT_MAP)


@dataclass
class _PageScan:
    items: list[_Item]
    horizontals: int = 0
    verticals: int = 0
    images: int = 0
    chars: int = 0  # characters pdfium's text page counts (the reference for "did we miss text?")


_Affine = tuple[float, float, float, float, float, float]
_IDENTITY: _Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_FORM_DEPTH = 8


def _compose(inner: _Affine, outer: _Affine) -> _Affine:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _box(ctm: _Affine, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    if ctm == _IDENTITY:
        return x0, y0, x1, y1
    a, b, c, d, e, f = ctm
    xs, ys = [], []
    for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


class _Scanner:
    """Walks a page's objects (and the objects of form XObjects on it) once, collecting text and rulings."""

    def __init__(self, textpage: Any, fonts: _FontCache, max_objects: int = DEFAULT_LIMITS.max_page_objects) -> None:
        self.textpage = textpage
        self.fonts = fonts
        # Objects walked, forms included: a form drawn many times inside forms multiplies, so it is counted.
        self.objects = 0
        self.max_objects = max_objects
        self.scan = _PageScan(items=[])
        self._l, self._b, self._r, self._t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
        self._size = ctypes.c_float()
        self._matrix = pdfium_c.FS_MATRIX()

    def walk(self, objects: list[Any], ctm: _Affine, depth: int = 0) -> None:
        scan = self.scan
        left, bottom, right, top = self._l, self._b, self._r, self._t
        self.objects += len(objects)
        if self.objects > self.max_objects:
            raise _TooManyObjects(self.objects)
        for obj in objects:
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == _IMAGE:
                scan.images += 1
                continue
            if kind == _FORM:
                if depth < _MAX_FORM_DEPTH:
                    # Objects inside a form are in the form's space; its matrix maps them onto the page.
                    inner = _IDENTITY
                    if pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(self._matrix)):
                        m = self._matrix
                        inner = (m.a, m.b, m.c, m.d, m.e, m.f)
                    count = min(pdfium_c.FPDFFormObj_CountObjects(obj), self.max_objects - self.objects + 1)
                    children = [pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(max(0, count))]
                    self.walk(children, _compose(inner, ctm), depth + 1)
                continue
            if kind not in (_TEXT, _PATH):
                continue
            if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                continue
            x0, y0, x1, y1 = _box(ctm, left.value, bottom.value, right.value, top.value)
            if kind == _PATH:
                width, height = x1 - x0, y1 - y0
                if height <= 2.5 and width >= 8:
                    scan.horizontals += 1
                elif width <= 2.5 and height >= 8:
                    scan.verticals += 1
                continue
            text = _text_of(obj, self.textpage)
            if not text.strip():
                continue
            size = self._size
            nominal = size.value if pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)) else 0.0
            if pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(self._matrix)):
                nominal *= max(abs(self._matrix.d), abs(self._matrix.c)) or 1.0
            effective = nominal if 2.0 <= nominal <= 200.0 else max(y1 - y0, 1.0)
            bold, italic = self.fonts.style(pdfium_c.FPDFTextObj_GetFont(obj))
            scan.items.append(_Item(text, x0, y0, x1, y1, effective, bold, italic))


class _TooManyObjects(Exception):
    def __init__(self, count: int) -> None:
        self.count = count


def _scan_page(
    page: Any, textpage: Any, fonts: _FontCache, max_objects: int = DEFAULT_LIMITS.max_page_objects
) -> _PageScan:
    raw_page = page.raw
    scanner = _Scanner(textpage, fonts, max_objects)
    count = min(pdfium_c.FPDFPage_CountObjects(raw_page), max_objects + 1)
    scanner.walk([pdfium_c.FPDFPage_GetObject(raw_page, i) for i in range(max(0, count))], _IDENTITY)
    scanner.scan.chars = pdfium_c.FPDFText_CountChars(textpage)
    return scanner.scan


def _group_lines(items: list[_Item]) -> list[_Line]:
    """Sort text objects into lines, top to bottom; within a line left to right."""
    items = sorted(items, key=lambda it: (-(it.y0 + it.y1) / 2, it.x0))
    lines: list[_Line] = []
    for item in items:
        mid = (item.y0 + item.y1) / 2
        line = lines[-1] if lines else None
        if line is not None:
            line_mid = (line.y0 + line.y1) / 2
            tolerance = 0.45 * max(min(line.y1 - line.y0, item.y1 - item.y0), 1.0)
            if abs(mid - line_mid) <= tolerance:
                line.items.append(item)
                line.x0, line.x1 = min(line.x0, item.x0), max(line.x1, item.x1)
                line.y0, line.y1 = min(line.y0, item.y0), max(line.y1, item.y1)
                line.size = max(line.size, item.size)
                continue
        lines.append(_Line([item], item.x0, item.y0, item.x1, item.y1, item.size))
    for line in lines:
        line.items.sort(key=lambda it: it.x0)
        cells: list[list[_Item]] = [[line.items[0]]]
        for prev, item in zip(line.items, line.items[1:], strict=False):
            if item.x0 - prev.x1 > 2.5 * max(prev.size, item.size, 1.0):
                cells.append([item])
            else:
                cells[-1].append(item)
        line.cells = cells
    return lines


def _lines_from_plain_text(text: str, height: float) -> list[_Line]:
    """Fallback for pages whose text pdfium's objects do not give (text inside form XObjects)."""
    rows = [row.strip() for row in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    rows = [row for row in rows if row]
    lines: list[_Line] = []
    step = height / (len(rows) + 1) if rows else height
    for n, row in enumerate(rows):
        y = height - (n + 1) * step
        item = _Item(row, 0.0, y, 0.0, y + 1.0, 10.0, False, False)
        lines.append(_Line([item], 0.0, y, 0.0, y + 1.0, 10.0, cells=[[item]]))
    return lines


# --- tables through pdfplumber ---------------------------------------------------------------------------


class _Plumber:
    """Opens the document with pdfplumber at most once, on the first page that needs tables."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None
        self.failed = False

    def tables(self, index: int, height: float) -> list[tuple[float, float, float, float, list[str]]]:
        """Tables of page ``index`` as (x0, y0, x1, y1, rows) in PDF coordinates (y grows upwards)."""
        if self.failed:
            return []
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self._data), password="")
            page = self._pdf.pages[index]
        except Exception:  # pdfplumber could not read what pdfium read: keep pdfium's text
            self.failed = True
            return []
        out: list[tuple[float, float, float, float, list[str]]] = []
        try:
            for table in page.find_tables():
                rows: list[str] = []
                for row in table.extract():
                    cells = [_cell_text(c) for c in row if c is not None]
                    if any(cells):
                        rows.append(" | ".join(cells))
                x0, top, x1, bottom = table.bbox
                if rows:
                    out.append((x0, height - bottom, x1, height - top, rows))
        except Exception:
            out = []
        finally:
            page.close()
        return out

    def close(self) -> None:
        """Close the pages pdfplumber opened; never raises.

        ``pdfplumber.PDF.close()`` builds every page object to close it, which on a damaged file raises
        (found by fuzzing: fixtures/regressions/pdf-plumber-close-*.pdf) and on a long one costs time and memory.
        """
        pdf, self._pdf = self._pdf, None
        if pdf is None:
            return
        try:
            pdf.flush_cache()
            for page in getattr(pdf, "_pages", None) or []:
                page.close()
        except Exception:
            pass


def _cell_text(cell: str) -> str:
    lines = [part.strip() for part in cell.split("\n")]
    out = ""
    for part in lines:
        if not part:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and part[:1].islower():
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return out


def _apply_tables(lines: list[_Line], tables: list[tuple[float, float, float, float, list[str]]]) -> list[_Line]:
    """Replace the lines inside each table's box by the table's rows."""
    for x0, y0, x1, y1, rows in tables:
        kept: list[_Line] = []
        for line in lines:
            mid_y = (line.y0 + line.y1) / 2
            if y0 - 1 <= mid_y <= y1 + 1 and line.table_row is None:
                inside = [it for it in line.items if x0 - 1 <= (it.x0 + it.x1) / 2 <= x1 + 1]
                if len(inside) == len(line.items):
                    continue
                rest = [it for it in line.items if it not in inside]
                line = _Line(rest, rest[0].x0, line.y0, rest[-1].x1, line.y1, line.size, cells=[rest])
            kept.append(line)
        step = (y1 - y0) / len(rows)
        for n, row in enumerate(rows):
            top = y1 - n * step
            kept.append(_Line([], x0, top - step, x1, top, 0.0, table_row=row))
        kept.sort(key=lambda ln: -(ln.y0 + ln.y1) / 2)
        lines = kept
    return lines


# --- page furniture ----------------------------------------------------------------------------------------


def _furniture_key(text: str) -> str:
    return _DIGITS_RE.sub("#", " ".join(text.lower().split()))


def _strip_furniture(pages: list[tuple[list[_Line], float]]) -> int:
    """Drop running headers/footers (repeated on most pages) and bare page numbers; return how many."""
    counts: Counter[str] = Counter()
    for lines, height in pages:
        seen = {_furniture_key(ln.text) for ln in lines if ln.table_row is None and _in_margin(ln, height)}
        counts.update(seen)
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {key for key, n in counts.items() if n >= threshold} if len(pages) >= 2 else set()
    removed = 0
    for lines, height in pages:
        keep = []
        for line in lines:
            if line.table_row is None and _in_margin(line, height):
                text = line.text.strip()
                if _PAGE_NUMBER_RE.match(text) or _furniture_key(text) in repeated:
                    removed += 1
                    continue
            keep.append(line)
        lines[:] = keep
    return removed


def _in_margin(line: _Line, height: float) -> bool:
    return line.y0 >= height * (1 - _MARGIN_ZONE) or line.y1 <= height * _MARGIN_ZONE


# --- laying lines out as text --------------------------------------------------------------------------------


class _Writer(StyledText):
    def __init__(self) -> None:
        super().__init__(join_gap=1)

    def tail(self, n: int) -> str:
        return "".join(self.parts[-3:])[-n:]

    def trim_end(self, n: int) -> None:
        """Remove the last ``n`` characters (a hyphen being joined away); touches only the end of the text."""
        n = min(n, self.length)
        while n and self.parts:
            last = self.parts[-1]
            if len(last) <= n:
                self.parts.pop()
                n -= len(last)
                self.length -= len(last)
            else:
                self.parts[-1] = last[:-n]
                self.length -= n
                n = 0
        while self.styles and self.styles[-1].end > self.length:
            run = self.styles.pop()
            if run.start < self.length:
                self.styles.append(StyleRun(run.start, self.length, run.bold, run.italic))
                break


def _write_items(out: _Writer, items: list[_Item]) -> None:
    prev: _Item | None = None
    for item in items:
        text = item.text
        if prev is not None and prev.text.endswith(" ") and text.startswith(" "):
            text = text.lstrip()
        if prev is not None and _needs_space(prev, item):
            # The joining space takes the emphasis only when both sides share it.
            out.write(" ", prev.bold and item.bold, prev.italic and item.italic)
        out.write(text, item.bold, item.italic)
        prev = item


def _column_blocks(lines: list[_Line], width: float) -> list[list[_Line]]:
    """Reorder runs of two-column lines (a letterhead: address left, reference block right) column-wise.

    Returns a list of "blocks": ordinary lines are blocks of one; a two-column run becomes its left column's
    lines followed by its right column's lines, each as a one-cell line.
    """
    out: list[list[_Line]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.table_row is None and len(line.cells) == 2:
            split = line.cells[1][0].x0
            run = [line]
            j = i + 1
            while j < len(lines):
                nxt = lines[j]
                if nxt.table_row is not None or lines[j - 1].y0 - nxt.y1 > 1.2 * max(nxt.size, 1.0):
                    break
                starts = [cell[0].x0 for cell in nxt.cells]
                two = len(nxt.cells) == 2 and abs(starts[1] - split) < 30
                one = len(nxt.cells) == 1 and (abs(starts[0] - split) < 30 or nxt.x1 < split - 10)
                if not (two or one):
                    break
                run.append(nxt)
                j += 1
            if len(run) >= 2:
                left = [c for ln in run for c in ln.cells if c[0].x0 < split - 10]
                right = [c for ln in run for c in ln.cells if c[0].x0 >= split - 10]
                block = [_cell_line(c) for c in left + right]
                out.append(block)
                i = j
                continue
        out.append([line])
        i += 1
    return out


def _cell_line(cell: list[_Item]) -> _Line:
    return _Line(
        cell,
        cell[0].x0,
        min(it.y0 for it in cell),
        cell[-1].x1,
        max(it.y1 for it in cell),
        max(it.size for it in cell),
        cells=[cell],
    )


def _write_page(out: _Writer, lines: list[_Line], width: float) -> None:
    body = [ln for ln in lines if ln.table_row is None]
    right = max((ln.x1 for ln in body), default=width)
    left = min((ln.x0 for ln in body), default=0.0)
    prev: _Line | None = None
    for block in _column_blocks(lines, width):
        columnar = len(block) > 1
        for line in block:
            if prev is None:
                pass
            elif (line.table_row is None) != (prev.table_row is None):
                out.write("\n\n")  # a table stands apart from the prose around it
            elif line.table_row is not None or columnar:
                out.write("\n")
            else:
                gap = prev.y0 - line.y1
                wrapped = prev.x1 >= right - 0.12 * (right - left) and -0.5 * line.size < gap < 0.6 * line.size
                first = line.text.lstrip()
                if wrapped and not _STARTS_ITEM_RE.match(first):
                    tail = out.tail(2)
                    if len(tail) == 2 and tail[1] == "-" and tail[0].isalpha() and first[:1].islower():
                        out.trim_end(1)
                    else:
                        a, b = prev.items[-1], line.items[0]
                        out.write(" ", a.bold and b.bold, a.italic and b.italic)
                else:
                    out.write("\n\n" if gap >= 0.8 * line.size else "\n")
            if line.table_row is not None:
                out.write(line.table_row)
            elif len(line.cells) > 1:
                # A wide gap that is not a table: keep the pieces apart, as cells.
                for n, cell in enumerate(line.cells):
                    if n:
                        out.write(" | ")
                    _write_items(out, cell)
            else:
                _write_items(out, line.items)
            prev = line
        if columnar:
            prev = None
            out.write("\n")


# --- decompression bombs ---------------------------------------------------------------------------------

# "stream" that starts a stream's data (not the end of "endstream").
_STREAM_RE = re.compile(rb"(?<!end)stream\r?\n")
_DICT_LOOKBACK = 1024
_INFLATE_CHUNK = 1 << 16
_MAX_FILTER_CHAIN = 3


def _inflated_size(data: bytes, start: int, layers: int, cap: int) -> int:
    """Bytes the Flate stream at ``data[start:]`` unpacks to through ``layers`` nested Flate filters, up to ``cap``.

    Decompression is streamed in 64 kB steps and stops at ``cap``, so a bomb costs at most ``cap`` bytes of
    work and almost no memory. A stream that is not valid Flate counts what it gave before the error.
    """
    chain = [zlib.decompressobj() for _ in range(layers)]
    total = 0
    pos = start
    while pos < len(data) and total <= cap:
        pending = [data[pos : pos + _INFLATE_CHUNK]]
        pos += _INFLATE_CHUNK
        try:
            for n, inflater in enumerate(chain):
                produced: list[bytes] = []
                for chunk in pending:
                    buf = chunk
                    while buf and not inflater.eof:
                        out = inflater.decompress(buf, _INFLATE_CHUNK)
                        buf = inflater.unconsumed_tail
                        if n == len(chain) - 1:
                            total += len(out)
                            if total > cap:
                                return total
                        elif out:
                            produced.append(out)
                pending = produced
        except zlib.error:
            return total
        if chain[0].eof:
            # Inner layers may still hold output: flush them through.
            try:
                for n, inflater in enumerate(chain[1:], start=1):
                    out = inflater.flush()
                    if n == len(chain) - 1:
                        total += len(out)
            except zlib.error:
                pass
            return total
    return total


def _check_streams(data: bytes, limits: Limits, deadline: Deadline, name: str | None) -> None:
    """Refuse a PDF whose Flate streams (other than images) unpack to more than ``max_decompressed_bytes``.

    pdfium inflates content streams, fonts and object streams in memory when it loads a page, without a size
    limit of its own; images are not inflated to read text, so they are skipped (a scanned page's image may
    legitimately unpack to tens of MB). A filter chain of several Flate stages (the "nested FlateDecode
    bomb", pypdf#3429) is followed through up to three stages.
    """
    if b"FlateDecode" not in data:
        return
    cap = limits.max_decompressed_bytes
    total = 0
    for n, m in enumerate(_STREAM_RE.finditer(data)):
        if n % 512 == 511:
            deadline.check("checking the PDF's compressed streams")
        lo = max(0, m.start() - _DICT_LOOKBACK)
        obj = data.rfind(b" obj", lo, m.start())
        lo = obj if obj >= 0 else lo
        layers = min(data.count(b"FlateDecode", lo, m.start()), _MAX_FILTER_CHAIN)
        if not layers or data.find(b"/Image", lo, m.start()) >= 0:
            continue
        total += _inflated_size(data, m.end(), layers, cap - total)
        check_decompressed("the PDF's compressed streams", total, limits, source=name)


# --- the reader ------------------------------------------------------------------------------------------


def read_pdf(
    data: bytes,
    source: Source,
    *,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline = NO_DEADLINE,
    ocr: bool = True,
) -> Document:
    """Read a PDF; one without a text layer is OCR'd (``ocr``, when ocrmypdf is installed: see readers.ocr)."""
    name = source.path
    _check_streams(data, limits, deadline, name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument(
                "the PDF is encrypted with a password",
                hint="ask the authority for an unprotected copy, or decrypt it (e.g. qpdf --decrypt) and parse that",
                source=name,
            ) from exc
        raise CorruptDocument(
            f"the PDF cannot be opened ({exc})",
            hint="the file is damaged or truncated; download it again, or repair it with qpdf or ocrmypdf",
            source=name,
        ) from exc
    warnings: list[ParseWarning] = []
    fonts = _FontCache()
    plumber = _Plumber(data)
    pages: list[tuple[list[_Line], float]] = []
    widths: list[float] = []
    scanned_pages: list[int] = []
    chars = 0
    try:
        page_count = len(pdf)
        check_size("the PDF's page count", page_count, limits.max_pages, "max_pages", source=name)
        for index in range(page_count):
            deadline.check(f"reading page {index + 1} of {page_count}")
            page = pdf[index]
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    page_chars = pdfium_c.FPDFText_CountChars(textpage.raw)
                    check_size(f"the text on page {index + 1} (characters)", page_chars, limits.max_page_chars,
                               "max_page_chars", source=name)  # fmt: skip
                    chars += max(0, page_chars)
                    check_size("the PDF's text (characters)", chars, limits.max_chars, "max_chars", source=name)
                    try:
                        scan = _scan_page(page, textpage.raw, fonts, limits.max_page_objects)
                    except _TooManyObjects as exc:
                        check_size(f"the objects drawn on page {index + 1}", exc.count, limits.max_page_objects,
                                   "max_page_objects", source=name)  # fmt: skip
                        raise
                    got = sum(len(it.text.strip()) for it in scan.items)
                    if scan.chars and got < 0.5 * scan.chars:
                        # Text inside form XObjects (or objects pdfium does not expose): use the text page.
                        lines = _lines_from_plain_text(textpage.get_text_range(), height)
                    else:
                        lines = _group_lines(scan.items)
                finally:
                    textpage.close()
                if not lines and scan.images:
                    scanned_pages.append(index + 1)
                rulings = scan.horizontals + scan.verticals
                if scan.horizontals >= 2 and scan.verticals >= 2 and lines and rulings <= _MAX_TABLE_RULINGS:
                    tables = plumber.tables(index, height)
                    if tables:
                        lines = _apply_tables(lines, tables)
            finally:
                page.close()
            pages.append((lines, height))
            widths.append(width)
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(f"the PDF could not be read ({exc})", hint="the file is damaged", source=name) from exc
    finally:
        plumber.close()
        pdf.close()
    deadline.check("laying out the PDF's text")

    if not any(lines for lines, _ in pages):
        if scanned_pages:
            command = ocr_command() if ocr else None
            if command is not None:
                return _read_ocr(data, command, source, limits, deadline)
            raise ScannedDocument(
                f"the PDF has no text layer ({len(scanned_pages)} of {len(pages)} pages are images only: "
                "a scanned letter)",
                hint=INSTALL_HINT,
                source=name,
            )
        raise EmptyDocument("the PDF holds no text", hint="check that the file is the intended one", source=name)
    if scanned_pages:
        warnings.append(
            ParseWarning(
                code="pdf_pages_without_text",
                message=f"pages {', '.join(map(str, scanned_pages))} are images only (scanned) and were not read",
            )
        )
    removed = _strip_furniture(pages)
    if removed:
        warnings.append(
            ParseWarning(code="pdf_furniture_removed", message=f"{removed} running header/footer lines removed")
        )
    out = _Writer()
    page_starts: list[int] = []
    for (lines, _height), width in zip(pages, widths, strict=True):
        if page_starts:
            out.write("\n\n")
        page_starts.append(out.length)
        _write_page(out, lines, width)
    text = "".join(out.parts)
    return Document(
        text=text,
        source=source.model_copy(update={"pages": len(pages)}),
        page_starts=page_starts,
        styles=out.styles,
        hard_wrapped=False,
        warnings=warnings,
    )


def _read_ocr(data: bytes, command: list[str], source: Source, limits: Limits, deadline: Deadline) -> Document:
    """The scanned PDF ``data`` OCR'd and read like any PDF, marked with the ``ocr`` warning."""
    ocred = ocr_pdf(data, command, deadline=deadline, source=source.path)
    try:
        document = read_pdf(ocred, source, limits=limits, deadline=deadline, ocr=False)
    except (ScannedDocument, EmptyDocument) as exc:
        raise ScannedDocument(
            "the PDF has no text layer and OCR recognised no text in its images",
            hint="check the scan (blank, handwritten or very low resolution pages are not read)",
            source=source.path,
        ) from exc
    document.warnings.insert(0, ocr_warning())
    return document
