"""Generate the format fixtures under fixtures/formats/ from the text fixtures, reproducibly.

    python scripts/make_format_fixtures.py            # (re)write fixtures/formats/
    python scripts/make_format_fixtures.py --seed DIR  # also render the Kent seed (../shared) into DIR

Everything is deterministic: reportlab runs with ``invariant=1`` (fixed dates and document id), Word files
get fixed core properties and are re-zipped with fixed timestamps, emails get fixed dates, message ids and
MIME boundaries. Running the script twice gives byte-identical files (``tests/test_readers_formats.py``
checks it).

Text fixtures use light Markdown: ``***bold italic***``, ``**bold**``, ``*italic*``, ``[text](url)`` links
and ``\\(`` escapes. Paragraphs are separated by blank lines; single line breaks are kept as line breaks.
"""

from __future__ import annotations

import argparse
import io
import re
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default as email_policy
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "fixtures" / "raw"
OUT = REPO / "fixtures" / "formats"
SEED = REPO.parent / "shared" / "seeds" / "000_49d9ea610e9b2aec.txt"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)

# --- a tiny Markdown-ish model: blocks of lines of (text, bold, italic) runs ------------------------------

Run = tuple[str, bool, bool]
_EMPH_RE = re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1")
_LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_ESCAPE_RE = re.compile(r"\\([()\[\]*_#.!\-+`>])")


@dataclass
class Block:
    lines: list[list[Run]]

    @property
    def text(self) -> str:
        return "\n".join("".join(r[0] for r in line) for line in self.lines)


def parse_runs(line: str) -> list[Run]:
    line = _LINK_RE.sub(lambda m: m.group(1), line.rstrip())
    runs: list[Run] = []
    pos = 0
    for m in _EMPH_RE.finditer(line):
        if m.start() > pos:
            runs.append((line[pos : m.start()], False, False))
        marker = m.group(1)
        runs.append((m.group(2), len(marker) >= 2, len(marker) != 2))
        pos = m.end()
    if pos < len(line):
        runs.append((line[pos:], False, False))
    return [(_ESCAPE_RE.sub(r"\1", t), b, i) for t, b, i in runs if t]


def parse_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [parse_runs(line) for line in para.split("\n") if line.strip()]
        if lines:
            blocks.append(Block(lines))
    return blocks


def plain(blocks: list[Block]) -> str:
    return "\n\n".join(b.text for b in blocks) + "\n"


# --- PDF (reportlab) ---------------------------------------------------------------------------------------


def _tagged(runs: list[Run], italic: str, bold: str) -> str:
    """The runs escaped and wrapped in the ``italic`` / ``bold`` tag names of a markup (reportlab's or HTML's)."""
    out = []
    for text, is_bold, is_italic in runs:
        s = escape(text, quote=False)
        if is_italic:
            s = f"<{italic}>{s}</{italic}>"
        if is_bold:
            s = f"<{bold}>{s}</{bold}>"
        out.append(s)
    return "".join(out)


def _rl_markup(runs: list[Run]) -> str:
    return _tagged(runs, "i", "b")


def _styles():  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    return body, cell


def _page_furniture(header: str):  # type: ignore[no-untyped-def]
    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 810, header)
        canvas.drawCentredString(297, 30, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def render_pdf(
    blocks: list[Block],
    path: Path,
    *,
    header: str = "OFFICIAL",
    table_rows: bool = True,
    encrypt: tuple[str, str] | None = None,
) -> None:
    """Paragraphs as reportlab paragraphs; runs of ``a | b`` lines become a ruled table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body, cell = _styles()
    story = []
    for block in blocks:
        rows = [line for line in block.lines if "|" in "".join(r[0] for r in line)]
        if table_rows and rows and len(rows) == len(block.lines):
            data = []
            for line in block.lines:
                text = "".join(r[0] for r in line)
                if set(text.replace("|", "").strip()) <= {"-", " "}:
                    continue  # the Markdown separator row
                data.append([Paragraph(escape(c.strip(), quote=False), cell) for c in text.split("|")])
            table = Table(data, colWidths=[200, 251], repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            story.append(table)
            continue
        story.append(Paragraph("<br/>".join(_rl_markup(line) for line in block.lines), body))
    kwargs = {}
    if encrypt is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt[0], ownerPassword=encrypt[1], strength=128)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        invariant=1,
        title=path.stem,
        author="foiparse fixtures",
        leftMargin=72,
        rightMargin=72,
        **kwargs,
    )
    furniture = _page_furniture(header)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def render_letterhead_pdf(left: list[str], right: list[str], blocks: list[Block], path: Path) -> None:
    """A letter whose letterhead is two columns: the address on the left, reference and date on the right."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph

    body, _ = _styles()
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    y = 780.0
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(72, y, left[0])
    canvas.setFont("Helvetica", 9)
    for n, line in enumerate(left[1:], 1):
        canvas.drawString(72, y - 13 * n, line)
    for n, line in enumerate(right):
        canvas.drawString(340, y - 13 * n, line)
    top = y - 13 * max(len(left), len(right)) - 20
    story = [Paragraph("<br/>".join(_rl_markup(line) for line in b.lines), body) for b in blocks]
    while story:
        frame = Frame(72, 60, 451, top - 60, showBoundary=0)
        frame.addFromList(story, canvas)
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(297, 30, f"Page {canvas.getPageNumber()}")
        canvas.showPage()
        top = 780.0
    canvas.save()


SCANNED_LETTER = """Derbyshire County Council
County Hall, Matlock, Derbyshire DE4 3AG

Our ref: FOI/2023/0917
Date: 14 November 2023

Dear Ms Okafor

Freedom of Information Act 2000

Thank you for your request for information, which we
received on 18 October 2023. You asked:

1. How many home to school transport routes does the
council run?

The council runs 412 home to school transport routes.

2. Which system do you use to plan the routes?

We use Trapeze for route planning.

Yours sincerely

Information Governance Team"""


def render_scanned_pdf(path: Path, text: str = SCANNED_LETTER) -> None:
    """One page that is only a picture (a scanned letter): typed text drawn into an image at 200 dpi, no text
    layer at all; OCR (ocrmypdf + tesseract) can read it back."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    dpi = 200
    size = (round(A4[0] / 72 * dpi), round(A4[1] / 72 * dpi))
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=34)  # Pillow's bundled FreeType font: the same on every machine
    y = 180
    for line in text.split("\n"):
        draw.text((170, y), line, fill=0, font=font)
        y += 50 if line else 30
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    canvas.showPage()
    canvas.save()


# --- DOCX (python-docx) ------------------------------------------------------------------------------------


def _normalise_zip(data: bytes) -> bytes:
    """Re-zip with fixed timestamps and order so the same input gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(blocks: list[Block], path: Path, *, table_rows: bool = True) -> None:
    import datetime as dt

    import docx

    document = docx.Document()
    props = document.core_properties
    fixed = dt.datetime(2024, 1, 1, 0, 0, 0)
    props.created = props.modified = props.last_printed = fixed
    props.author = props.last_modified_by = "foiparse fixtures"
    props.title = path.stem
    props.revision = 1
    for block in blocks:
        rows = [line for line in block.lines if "|" in "".join(r[0] for r in line)]
        if table_rows and rows and len(rows) == len(block.lines):
            cells = []
            for line in block.lines:
                text = "".join(r[0] for r in line)
                if not set(text.replace("|", "").strip()) <= {"-", " "}:
                    cells.append([c.strip() for c in text.split("|")])
            table = document.add_table(rows=len(cells), cols=max(len(r) for r in cells))
            table.style = "Table Grid"
            for r, row in enumerate(cells):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            continue
        paragraph = document.add_paragraph()
        for n, line in enumerate(block.lines):
            if n:
                paragraph.add_run().add_break()
            for text, bold, italic in line:
                run = paragraph.add_run(text)
                run.bold = bold or None
                run.italic = italic or None
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_normalise_zip(buffer.getvalue()))


# --- HTML --------------------------------------------------------------------------------------------------


def _html_runs(runs: list[Run]) -> str:
    return _tagged(runs, "em", "strong")


def html_body(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        texts = ["".join(r[0] for r in line) for line in block.lines]
        if all("|" in t for t in texts):
            rows = [t for t in texts if not set(t.replace("|", "").strip()) <= {"-", " "}]
            html_rows = []
            for n, row in enumerate(rows):
                tag = "th" if n == 0 else "td"
                cells = "".join(f"<{tag}>{escape(c.strip(), quote=False)}</{tag}>" for c in row.split("|"))
                html_rows.append(f"<tr>{cells}</tr>")
            parts.append("<table>\n" + "\n".join(html_rows) + "\n</table>")
        else:
            parts.append("<p>" + "<br>\n".join(_html_runs(line) for line in block.lines) + "</p>")
    return "\n".join(parts)


_SITE_TOP = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>body {{ font-family: sans-serif; }} .cookie-banner {{ position: fixed; }}</style>
<script>window.dataLayer = [{{"event": "page_view"}}];</script>
</head>
<body>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to make this site work. Accept all cookies?</p>
<button>Accept</button></div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a href="/">{site}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>
<li><a href="/foi">Freedom of information</a></li></ul></nav></header>
"""
_SITE_BOTTOM = """<footer class="site-footer"><p>&copy; {site}. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy notice</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
</footer>
</body>
</html>
"""


def render_html_page(blocks: list[Block], path: Path, *, title: str, site: str) -> None:
    page = (
        _SITE_TOP.format(title=escape(title), site=escape(site))
        + f'<main id="main">\n{html_body(blocks)}\n</main>\n'
        + '<aside class="related-links"><h2>Related pages</h2><ul><li><a href="/foi/log">Disclosure log</a></li>'
        "</ul></aside>\n" + _SITE_BOTTOM.format(site=escape(site))
    )
    path.write_text(page, encoding="utf-8")


def render_wdtk_html(blocks: list[Block], path: Path, *, title: str, authority: str) -> None:
    """A WhatDoTheyKnow request thread as saved from the browser: banner, sidebar, similar requests."""
    # Messages are separated in the text fixture by "Link to this | Report" lines.
    messages: list[list[Block]] = [[]]
    for block in blocks:
        if block.text.strip() == "Link to this | Report":
            messages.append([])
        else:
            messages[-1].append(block)
    head, *thread = messages
    correspondence = []
    for n, message in enumerate(thread or [head]):
        correspondence.append(
            f'<div class="correspondence box" id="{"outgoing" if n % 2 == 0 else "incoming"}-{1000 + n}">\n'
            f'<div class="correspondence_text">\n{html_body(message)}\n</div>\n'
            '<p class="correspondence__footer"><a href="#">Link to this</a> <a href="#">Report</a></p>\n</div>'
        )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{escape(title)} - a Freedom of Information request to {escape(authority)} -
WhatDoTheyKnow</title>
<script src="/assets/application.js"></script></head>
<body class="requests-show">
<div id="cookie-banner" class="cookie-message"><p>WhatDoTheyKnow uses cookies.</p></div>
<div id="banner" role="banner"><a href="/" id="logo">WhatDoTheyKnow</a>
<nav id="topnav"><ul><li><a href="/new">Make a request</a></li><li><a href="/list/all">Browse requests</a></li>
<li><a href="/body/list/all">View authorities</a></li><li><a href="/help/about">Help</a></li></ul></nav></div>
<div id="wrapper"><div id="content">
<div id="left_column" class="request__main">
{html_body(head) if thread else ""}
{chr(10).join(correspondence)}
</div>
<div id="right_column" class="sidebar request__sidebar">
<h2>Follow this request</h2><p>There are 4 people following this request.</p>
<div id="similar_requests"><h2>Similar requests</h2><ul>
<li><a href="/request/fostering_allowances">Fostering allowances 2022</a> - Freedom of Information request to
Suffolk County Council. Dear Suffolk County Council, Please could you provide the number of approved foster carers.
Our ref: FOI/2022/999. Dated 1 January 2022.</li></ul></div>
</div></div></div>
<div id="footer" role="contentinfo"><p>WhatDoTheyKnow is run by mySociety. Reference 1234567.</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# --- email -------------------------------------------------------------------------------------------------


def render_eml(
    path: Path,
    *,
    sender: str,
    to: str,
    date: str,
    subject: str,
    body: str,
    html: str | None = None,
    attachment: tuple[str, bytes] | None = None,
    message_id: str,
) -> None:
    msg = EmailMessage(policy=email_policy)
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = date
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if attachment is not None:
        msg.add_attachment(attachment[1], maintype="application", subtype="pdf", filename=attachment[0])
    if msg.is_multipart():
        msg.set_boundary("===============foiparse-fixture==")
        for n, part in enumerate(msg.iter_parts()):
            if part.is_multipart():
                part.set_boundary(f"===============foiparse-fixture-{n}==")
    path.write_bytes(msg.as_bytes(policy=email_policy))


# --- the fixtures ------------------------------------------------------------------------------------------


def _split_email(text: str) -> tuple[dict[str, str], str]:
    head, _, body = text.partition("\n\n")
    headers = {}
    for line in head.split("\n"):
        key, _, value = line.partition(":")
        headers[key.strip()] = value.strip()
    return headers, body


def render_seed(out_dir: Path, seed: Path = SEED) -> dict[str, Path]:
    """The Kent seed as PDF (bold questions), DOCX, HTML and EML; returns {format: path}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    text = seed.read_text(encoding="utf-8")
    blocks = parse_blocks(text)
    paths = {fmt: out_dir / f"kent-seed.{fmt}" for fmt in ("pdf", "docx", "html", "eml")}
    render_pdf(blocks, paths["pdf"], header="Kent County Council - Information Governance")
    render_docx(blocks, paths["docx"])
    render_html_page(blocks, paths["html"], title="FOI response 31213209", site="Kent County Council")
    render_eml(
        paths["eml"],
        sender="Kent County Council <kcc.information@email.icasework.com>",
        to="Mr Williams <request-123456@whatdotheyknow.com>",
        date="Wed, 31 Aug 2022 14:05:00 +0100",
        subject="Your request for information",
        body=plain(blocks),
        html=f"<html><body>{html_body(blocks)}</body></html>",
        message_id="<seed-31213209@foiparse.invalid>",
    )
    return paths


def build(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def raw(name: str) -> str:
        return (RAW / f"{name}.txt").read_text(encoding="utf-8")

    # A letter as PDF and DOCX.
    notts = parse_blocks(raw("nottinghamshire-cc-letter-foia"))
    render_pdf(notts, out / "nottinghamshire-cc-letter-foia.pdf")
    render_docx(notts, out / "nottinghamshire-cc-letter-foia.docx")
    written += [out / "nottinghamshire-cc-letter-foia.pdf", out / "nottinghamshire-cc-letter-foia.docx"]

    # The same letter with a two-column letterhead (address left; recipient, references and date right).
    letter = raw("nottinghamshire-cc-letter-foia").split("\n")
    left = [line for line in letter[:10] if line.strip()]
    right = [line for line in letter[11:18] if line.strip()]
    render_letterhead_pdf(left, right, parse_blocks("\n".join(letter[18:])), out / "nottinghamshire-cc-letterhead.pdf")
    written.append(out / "nottinghamshire-cc-letterhead.pdf")

    # Answers in a table.
    imperial = parse_blocks(raw("imperial-nhs-table-systems"))
    render_pdf(imperial, out / "imperial-nhs-table-systems.pdf")
    render_docx(imperial, out / "imperial-nhs-table-systems.docx")
    written += [out / "imperial-nhs-table-systems.pdf", out / "imperial-nhs-table-systems.docx"]

    # A disclosure-log web page, with the site furniture as real markup (the text fixture has it as text).
    cornwall = parse_blocks(raw("cornwall-disclosure-log-page"))
    # Its furniture blocks (skip link, breadcrumb, feedback, sharing, footer) become real markup instead.
    furniture = ("Skip to main content", "Home >", "Was this page useful?", "Share this page", "Cornwall Council, New")
    content = [b for b in cornwall if not b.text.startswith(furniture)]
    render_html_page(content, out / "cornwall-disclosure-log-page.html", title=content[1].text, site="Cornwall Council")
    written.append(out / "cornwall-disclosure-log-page.html")

    # A WhatDoTheyKnow thread saved as HTML.
    norfolk = parse_blocks(raw("norfolk-cc-wdtk-thread"))
    render_wdtk_html(
        norfolk, out / "norfolk-cc-wdtk-thread.html", title=norfolk[0].text, authority="Norfolk County Council"
    )
    written.append(out / "norfolk-cc-wdtk-thread.html")

    # An email with an attachment.
    headers, body = _split_email(raw("bristol-cc-email-s40-partial"))
    render_eml(
        out / "bristol-cc-email-s40-partial.eml",
        sender=headers["From"],
        to=f"{headers['To']} <tom.hollis@example.org>",
        date="Tue, 05 Dec 2023 10:41:00 +0000",
        subject=headers["Subject"],
        body=body,
        attachment=("Annex A - inspections 2021-2023.pdf", b"%PDF-1.4\n% placeholder attachment\n"),
        message_id="<15724983@foiparse.invalid>",
    )
    written.append(out / "bristol-cc-email-s40-partial.eml")

    # A ".pdf" that is really an HTML page.
    manchester = parse_blocks(raw("manchester-acknowledgement"))
    render_html_page(
        manchester, out / "manchester-acknowledgement.pdf", title="FOI acknowledgement", site="Manchester City Council"
    )
    written.append(out / "manchester-acknowledgement.pdf")

    # Awkward PDFs.
    treasury = parse_blocks(raw("hm-treasury-s21-s22"))
    render_pdf(treasury, out / "encrypted-user-password.pdf", encrypt=("secret", "owner-secret"))
    render_pdf(treasury, out / "encrypted-empty-user-password.pdf", encrypt=("", "owner-secret"))
    render_scanned_pdf(out / "scanned-letter.pdf")
    full = (out / "nottinghamshire-cc-letter-foia.pdf").read_bytes()
    (out / "truncated.pdf").write_bytes(full[: len(full) // 3])
    (out / "empty.pdf").write_bytes(b"")
    written += [
        out / name
        for name in (
            "encrypted-user-password.pdf",
            "encrypted-empty-user-password.pdf",
            "scanned-letter.pdf",
            "truncated.pdf",
            "empty.pdf",
        )
    ]
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=Path, help="also render the Kent seed into this folder")
    args = parser.parse_args()
    for path in build(args.out):
        print(f"{path.stat().st_size:>8,}  {path}")
    if args.seed:
        if not SEED.is_file():
            raise SystemExit(f"{SEED} is not present")
        for path in render_seed(args.seed).values():
            print(f"{path.stat().st_size:>8,}  {path}")


if __name__ == "__main__":
    main()
