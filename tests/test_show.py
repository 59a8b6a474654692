"""foiparse show: every value highlighted at its span, as HTML (unit tests and headless Chromium) and in a terminal."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import chromium_context, load_script
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import foiparse
from foiparse.cli import app
from foiparse.models import FOIResponse, Span, SystemMention
from foiparse.show import (
    Annotation,
    collect_annotations,
    highlight,
    load_for_show,
    load_surveys,
    render_html,
    render_terminal,
)

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
OUTPUT = REPO / "test-output"
SEED = REPO.parent / "shared" / "seeds" / "000_49d9ea610e9b2aec.txt"
SEED_SYSTEMS = ("Liquidlogic LCS", "ContrOCC", "Mosaic")


# --- reading the page back ---------------------------------------------------------------------------------


class MarkReader(HTMLParser):
    """Rebuilds, from the HTML, the text inside ``#doc`` and the text each annotation's marks cover."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # element depth inside #doc (0: outside)
        self.stack: list[str | None] = []  # data-ann of each open element inside #doc
        self.doc_text: list[str] = []
        self.covered: dict[str, list[str]] = {}
        self.pieces: dict[str, int] = {}
        self.first_ids: dict[str, str] = {}
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.depth == 0:
            if a.get("id") == "doc":
                self.depth = 1
            return
        self.depth += 1
        ann = a.get("data-ann") if tag == "mark" else None
        if ann is not None:
            assert ann not in [x for x in self.stack if x], f"{ann} nested inside itself"
            self.pieces[ann] = self.pieces.get(ann, 0) + 1
            if a.get("id"):
                self.first_ids[ann] = a["id"] or ""
                self.fields[ann] = a.get("data-field") or ""
        self.stack.append(ann)

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return
        self.depth -= 1
        if self.depth == 0:
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.depth == 0:
            return
        self.doc_text.append(data)
        for ann in set(self.stack):
            if ann:
                self.covered.setdefault(ann, []).append(data)

    def text_of(self, ann: str) -> str:
        return "".join(self.covered.get(ann, []))


def read_marks(page: str) -> MarkReader:
    reader = MarkReader()
    reader.feed(page)
    reader.close()
    assert reader.depth == 0, "unbalanced elements in #doc"
    return reader


def assert_every_span_highlighted(record: FOIResponse, page: str, items: list[Annotation]) -> MarkReader:
    reader = read_marks(page)
    assert "".join(reader.doc_text) == record.text
    for ann in items:
        if ann.span.start == ann.span.end:
            continue
        assert reader.text_of(ann.id) == ann.span.text == record.text[ann.start : ann.end], ann.field
        assert reader.first_ids[ann.id] == f"ann-{ann.id}"
        assert reader.fields[ann.id] == ann.field
    return reader


def with_systems(record: FOIResponse, names: tuple[str, ...] = SEED_SYSTEMS) -> FOIResponse:
    """The record with a system for each name it lacks, at every place the text names it (so that system
    highlighting is tested whatever the systems matcher finds)."""
    systems = list(record.systems)
    have = {s.name for s in systems}
    for name in names:
        if name in have:
            continue
        spans = [Span(start=m.start(), end=m.end(), text=m.group(0)) for m in re.finditer(re.escape(name), record.text)]
        if spans:
            systems.append(SystemMention(name=name, surface=[name], spans=spans))
    return record.model_copy(update={"systems": systems})


@pytest.fixture(scope="module")
def seed() -> FOIResponse:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not present")
    return foiparse.parse(SEED)


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not present")
    paths: dict[str, Path] = load_script("make_format_fixtures").render_seed(tmp_path_factory.mktemp("seed-pdf"), SEED)
    return paths["pdf"]


# --- unit tests on the HTML --------------------------------------------------------------------------------


def test_seed_every_span_is_highlighted_with_its_exact_text(seed: FOIResponse) -> None:
    record = with_systems(seed)
    surveys, _ = load_surveys(record)
    items = collect_annotations(record, surveys)
    page = render_html(record, surveys=surveys)
    assert_every_span_highlighted(record, page, items)
    fields = {a.field for a in items}
    assert {"reference", "response_date", "requester", "officer", "subject"} <= fields
    assert {f"questions[{i}]" for i in range(len(record.questions))} <= fields
    assert any(a.family == "system" for a in items)
    assert sum(1 for a in items if a.family == "answer" and a.field.endswith("]") and "answers[" in a.field) == sum(
        len(q.answers) for q in record.questions
    )
    # Overlaps are real here: authority evidence ("KCC") and systems inside answers, answers inside nothing.
    assert any(
        a.family == "header" and any(b.family == "answer" and b.start <= a.start and a.end <= b.end for b in items)
        for a in items
    )


@pytest.mark.parametrize("path", sorted((FIXTURES / "raw").glob("*.txt")), ids=lambda p: p.stem)
def test_fixtures_every_span_is_highlighted(path: Path) -> None:
    record = foiparse.parse(path)
    items = collect_annotations(record)
    page = render_html(record, surveys=[])
    assert_every_span_highlighted(record, page, items)
    assert page.count('class="val ') >= len({a.field.split(".spans[")[0] for a in items if a.family == "question"})


def test_the_page_is_self_contained() -> None:
    page = render_html(foiparse.parse(FIXTURES / "raw" / "nottinghamshire-cc-letter-foia.txt"), surveys=[])
    assert "<script src" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_text_and_values_are_escaped() -> None:
    hostile = (
        'Our ref: <b>FOI/1</b>\nDate: 3 May 2024\n\nDear Ms "O\'Brien" & co\n\n'
        "1. What does </script><script>alert(1)</script> do?\n\n"
        "Response: <img src=x onerror=alert(2)> is withheld under section 43(2) of the Freedom of Information "
        "Act 2000.\n\nYours sincerely\n\nJane <i>Smith</i>\n"
    )
    record = foiparse.parse_text(hostile)
    items = collect_annotations(record)
    page = render_html(record, surveys=[])
    body = page.split("<script", 1)[0]
    assert "<img" not in page and "<b>FOI" not in page and "<i>Smith" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in body
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in body
    # Exactly the two scripts of the page, and the data script cannot be closed early by a value.
    assert page.count("<script") == 2 and page.count("</script>") == 2
    data = page.split('<script type="application/json" id="foi-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert_every_span_highlighted(record, page, items)


def test_overlapping_and_crossing_spans_nest_properly() -> None:
    text = "abcdefghijklmnop"

    def ann(i: int, start: int, end: int) -> Annotation:
        return Annotation(
            id=f"a{i}",
            family="header",
            css="f-header",
            field=f"f{i}",
            label=f"L{i}",
            value=text[start:end],
            span=Span(start=start, end=end, text=text[start:end]),
        )

    items = [ann(0, 0, 6), ann(1, 3, 9), ann(2, 3, 6), ann(3, 4, 5), ann(4, 8, 14), ann(5, 8, 14), ann(6, 0, 16)]
    html_text = highlight(text, items)
    page = f'<div id="doc">{html_text}</div>'
    reader = read_marks(page)
    assert "".join(reader.doc_text) == text
    for item in items:
        assert reader.text_of(item.id) == item.span.text
    # a1 (3-9) crosses a0 (0-6): it is split into two pieces; a4 and a5 cover the same text; a6 wraps all.
    assert reader.pieces["a1"] == 2 and reader.pieces["a0"] == 1 and reader.pieces["a6"] == 1
    assert html_text.startswith('<mark id="ann-a6"')


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="ab<&>\n é", min_size=1, max_size=40).flatmap(
        lambda t: st.tuples(
            st.just(t),
            st.lists(st.tuples(st.integers(0, len(t)), st.integers(0, len(t))), max_size=12),
            st.lists(st.integers(0, len(t)), max_size=3),
        )
    )
)
def test_any_spans_render_exactly(case: tuple[str, list[tuple[int, int]], list[int]]) -> None:
    text, pairs, pages = case
    items = []
    for i, (x, y) in enumerate(pairs):
        start, end = min(x, y), max(x, y)
        if start == end:
            continue
        span = Span(start=start, end=end, text=text[start:end])
        items.append(Annotation(f"a{i}", "question", "f-question", f"q{i}", "Q", span.text, span))
    reader = read_marks(f'<div id="doc">{highlight(text, items, sorted(set(pages)))}</div>')
    assert "".join(reader.doc_text) == text
    for item in items:
        assert reader.text_of(item.id) == item.span.text


def test_pdf_source_shows_its_pages(seed_pdf: Path) -> None:
    record, page_starts = load_for_show(seed_pdf)
    assert record.source.pages and record.source.pages >= 2
    assert page_starts is not None and len(page_starts) == record.source.pages and page_starts[0] == 0
    page = render_html(record, page_starts=page_starts, surveys=[])
    for number in range(1, record.source.pages + 1):
        assert f'data-page="{number}"' in page
    assert '<span class="pg">p. 2</span>' in page
    assert_every_span_highlighted(record, page, collect_annotations(record))
    # Without the reader's page starts, the breaks are estimated from the spans' pages.
    estimated = render_html(record, surveys=[])
    assert "page breaks estimated from the spans" in estimated
    assert estimated.count('class="page-break"') == record.source.pages


def test_warnings_are_shown() -> None:
    record = foiparse.parse_text("Annwyl Syr\n\n" + "Mae'r Cyngor yn cadarnhau nad yw'r wybodaeth gyda ni. " * 12)
    page = render_html(record, surveys=[])
    assert record.warnings
    assert f"Warnings ({len(record.warnings)})" in page
    for warning in record.warnings:
        assert warning.code in page


def test_empty_systems_and_no_surveys_render() -> None:
    record = foiparse.parse_text("Our ref: X1\n\nDear Sir\n\nThank you.\n")
    page = render_html(record, surveys=[])
    assert "Systems (0)" in page and "none found" in page


def test_seed_survey_values_are_highlighted_when_the_layer_exists(seed: FOIResponse) -> None:
    surveys, notes = load_surveys(seed)
    assert not notes
    if not surveys:
        pytest.skip("no survey layer (foiparse.surveys) or no survey applies")
    items = collect_annotations(seed, surveys)
    survey_items = [a for a in items if a.family == "survey"]
    assert survey_items
    page = render_html(seed, surveys=surveys)
    assert_every_span_highlighted(seed, page, items)
    assert "Survey: " in page


def test_terminal_rendering_groups_the_record(seed: FOIResponse) -> None:
    from rich.console import Console

    out = io.StringIO()
    render_terminal(with_systems(seed), Console(file=out, width=140, color_system=None), surveys=[], show_text=True)
    text = out.getvalue()
    for expected in (
        "Header",
        "31213209",
        "2022-08-31",
        "Questions (8)",
        "Q1 ",
        "Children's Social Care response",
        "Exemptions",
        "FOIA",
        "43(2)",
        "Systems (",
        "Liquidlogic LCS",
        "Mollie Thorne",
    ):
        assert expected in text, expected


def test_cli_show_html_and_terminal(tmp_path: Path) -> None:
    src = FIXTURES / "raw" / "imperial-nhs-table-systems.txt"
    out = tmp_path / "page.html"
    runner = CliRunner()
    result = runner.invoke(app, ["show", str(src), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    record = foiparse.parse(src)
    assert record.reference and record.reference in page
    result = runner.invoke(app, ["show", str(src)])
    assert result.exit_code == 0, result.output
    assert "FOI/2023/0457" in result.output
    # A record's JSON is shown as it is.
    record_json = tmp_path / "record.json"
    record_json.write_text(record.model_dump_json(), encoding="utf-8")
    result = runner.invoke(app, ["show", str(record_json), "--html", str(tmp_path / "again.html")])
    assert result.exit_code == 0, result.output
    assert result.exit_code == 0 and runner.invoke(app, ["show", str(tmp_path / "missing.txt")]).exit_code != 0


# --- in a real browser -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from chromium_context(tmp_path_factory, width=1400)


def open_page(browser: Any, path: Path) -> tuple[Any, list[str]]:
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(f"pageerror: {exc}"))
    page.on("requestfailed", lambda req: problems.append(f"request failed: {req.url}"))
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page, problems


_MARK_TEXT_JS = """(id) => Array.from(document.querySelectorAll('mark[data-ann="' + id + '"]'))
    .map((m) => m.textContent).join('')"""
_IN_VIEW_JS = """(id) => { const r = document.getElementById('ann-' + id).getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }"""


def check_highlight(page: Any, field: str, expected: str) -> str:
    """The panel button for ``field`` targets a mark whose pieces hold exactly ``expected``; returns its id."""
    button = page.locator(f'aside [data-field="{field}"]').first
    ann = button.get_attribute("data-target")
    assert ann, field
    assert page.evaluate(_MARK_TEXT_JS, ann) == expected, field
    mark = page.locator(f"#ann-{ann}")
    assert mark.is_visible() and mark.get_attribute("data-field") == field
    return str(ann)


def click_and_check_scroll(page: Any, field: str) -> None:
    button = page.locator(f'aside [data-field="{field}"]').first
    ann = button.get_attribute("data-target")
    button.click()
    page.wait_for_function(_IN_VIEW_JS, arg=ann, timeout=5000)
    assert page.evaluate(_IN_VIEW_JS, ann)
    assert "active" in (page.locator(f"#ann-{ann}").get_attribute("class") or "")
    assert page.evaluate("document.body.getAttribute('data-current')") == ann


def test_browser_seed_page(browser: Any, seed: FOIResponse, tmp_path: Path) -> None:
    record = with_systems(seed)
    assert record.systems
    html_path = tmp_path / "seed.html"
    html_path.write_text(render_html(record, title="Kent seed (text)"), encoding="utf-8")
    page, problems = open_page(browser, html_path)
    try:
        assert page.title().startswith("Kent seed")
        check_highlight(page, "reference", "31213209")
        check_highlight(page, "response_date", "31 August 2022")
        for i, question in enumerate(record.questions):
            check_highlight(page, f"questions[{i}]", question.span.text)
        for i, system in enumerate(record.systems):
            for j, span in enumerate(system.spans):
                ann = page.locator(f'aside [data-field="systems[{i}].spans[{j}]"]').first.get_attribute("data-target")
                assert page.evaluate(_MARK_TEXT_JS, ann) == span.text
            check_highlight(page, f"systems[{i}].spans[0]", system.spans[0].text)
        # Clicking a value far down the page scrolls its highlight into view.
        assert page.evaluate("window.scrollY") == 0
        click_and_check_scroll(page, f"questions[{len(record.questions) - 1}]")
        assert page.evaluate("window.scrollY") > 0
        click_and_check_scroll(page, "reference")
        # Hovering a highlight shows what it is.
        page.locator(f"#ann-{check_highlight(page, 'questions[0]', record.questions[0].span.text)}").hover()
        tip = page.locator("#tip")
        assert tip.is_visible() and "Question 1" in tip.inner_text()
        click_and_check_scroll(page, f"systems[{len(record.systems) - 1}].spans[0]")
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "show-seed.png"))
        page.screenshot(path=str(OUTPUT / "show-seed-full.png"), full_page=True)
        assert not problems, problems
    finally:
        page.close()


def test_browser_seed_pdf_page_from_the_cli(browser: Any, seed_pdf: Path, tmp_path: Path) -> None:
    html_path = tmp_path / "seed-pdf.html"
    result = CliRunner().invoke(app, ["show", str(seed_pdf), "--html", str(html_path)])
    assert result.exit_code == 0, result.output
    record, _ = load_for_show(seed_pdf)
    page, problems = open_page(browser, html_path)
    try:
        check_highlight(page, "reference", "31213209")
        check_highlight(page, "response_date", "31 August 2022")
        for i, question in enumerate(record.questions):
            check_highlight(page, f"questions[{i}]", question.span.text)
        for i, system in enumerate(record.systems):
            check_highlight(page, f"systems[{i}].spans[0]", system.spans[0].text)
        assert page.locator(".page-break").count() == record.source.pages
        click_and_check_scroll(page, f"questions[{len(record.questions) - 1}]")
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "show-seed-pdf.png"))
        assert not problems, problems
    finally:
        page.close()
