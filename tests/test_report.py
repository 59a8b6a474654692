"""foiparse report: the figures equal SQL counts over the same batch output, and the page works in Chromium."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import chromium_context
from typer.testing import CliRunner

from foiparse.cli import app
from foiparse.report import (
    COMPLETENESS_FIELDS,
    NONE_LABEL,
    UNKNOWN_SUPPLIER,
    Report,
    build_report,
    load_results,
    render_report_html,
    write_pngs,
)

pytest.importorskip("altair", reason="the report extra (altair, vl-convert-python) is not installed")
pytest.importorskip("vl_convert", reason="the report extra (altair, vl-convert-python) is not installed")

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "fixtures" / "raw"
OUTPUT = REPO / "test-output"


def _has_command(name: str) -> bool:
    import typer.main

    return name in {c.name for c in typer.main.get_group(app).commands.values()}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The fixtures' batch output: JSONL of full records always; SQLite (and CSV/Parquet) from foiparse batch."""
    folder = tmp_path_factory.mktemp("batch")
    runner = CliRunner()
    out: dict[str, Path] = {}
    result = runner.invoke(app, ["parse", str(RAW), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    out["parse-jsonl"] = folder / "parsed.jsonl"
    out["parse-jsonl"].write_text(result.stdout, encoding="utf-8")
    if _has_command("batch"):
        for ext in ("sqlite", "jsonl", "csv", "parquet"):
            dest = folder / f"batch.{ext}"
            result = runner.invoke(app, ["batch", str(RAW), "--out", str(dest), "--workers", "0", "--progress", "none"])
            assert result.exit_code == 0, result.output
            out[ext] = dest
    return out


@pytest.fixture(scope="module")
def sqlite_output(outputs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite batch output; built with the schema module from the records when batch is not there."""
    if "sqlite" in outputs:
        return outputs["sqlite"]
    pytest.importorskip("sqlalchemy")
    import datetime as dt

    from sqlalchemy import create_engine

    from foiparse.models import FOIResponse
    from foiparse.sql_schema import TABLES, metadata, record_rows

    path = tmp_path_factory.mktemp("sqlite") / "schema.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for line in outputs["parse-jsonl"].read_text(encoding="utf-8").splitlines():
            record = FOIResponse.model_validate_json(line)
            rows = record_rows(
                record,
                path=record.source.path or "",
                sha256=record.source.sha256,
                seconds=None,
                parsed_at=dt.datetime.now(dt.timezone.utc),
            )
            for table in TABLES:
                if rows[table]:
                    conn.execute(table.insert(), rows[table])
    engine.dispose()
    return path


# Systems and suppliers named in the fixtures, added to the records where the systems matcher has not found
# them, so that the supplier figures are exercised whatever that matcher finds today.
KNOWN_SYSTEMS = {
    "Mosaic": ("The Access Group", ["adults"]),
    "Liquidlogic": ("System C", ["children"]),
    "ContrOCC": ("OCC", ["children", "adults"]),
    "Cerner Millennium": ("Oracle Health", []),
    "BadgerNet": ("Clevermed", []),
    "WinPath": ("CliniSys", []),
    "SystmOne": ("TPP", []),
    "RiO": ("The Access Group", []),
    "iTrent": ("MHR", []),
    "SEEMiS": (None, ["children"]),
}


@pytest.fixture(scope="module")
def with_systems_jsonl(outputs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    import re

    from foiparse.models import FOIResponse, Span, SystemMention

    lines = []
    for line in outputs["parse-jsonl"].read_text(encoding="utf-8").splitlines():
        record = FOIResponse.model_validate_json(line)
        systems = list(record.systems)
        have = {m.name for m in systems}
        for name, (supplier, directorates) in KNOWN_SYSTEMS.items():
            spans = [
                Span(start=m.start(), end=m.end(), text=m.group(0))
                for m in re.finditer(rf"\b{re.escape(name)}\b", record.text)
            ]
            if spans and name not in have:
                systems.append(
                    SystemMention(name=name, supplier=supplier, surface=[name], spans=spans, directorates=directorates)
                )
        lines.append(record.model_copy(update={"systems": systems}).model_dump_json())
    path = tmp_path_factory.mktemp("systems") / "with-systems.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_supplier_figures_equal_sql_over_records_with_systems(with_systems_jsonl: Path) -> None:
    report = build_report(load_results(with_systems_jsonl))
    conn = sqlite3.connect(":memory:")
    conn.execute("create table lines (j text)")
    conn.executemany(
        "insert into lines values (?)", [(x,) for x in with_systems_jsonl.read_text(encoding="utf-8").splitlines()]
    )
    supplier = f"coalesce(json_extract(s.value, '$.supplier'), '{UNKNOWN_SUPPLIER}')"
    rows = _q(
        conn,
        f"select {supplier}, count(*), count(distinct json_extract(l.j, '$.source.path')) "
        "from lines l, json_each(l.j, '$.systems') s group by 1",
    )
    assert len(rows) >= 3
    assert {r["supplier"]: (r["mentions"], r["documents"]) for r in report.figure("systems_by_supplier").rows} == {
        s: (m, d) for s, m, d in rows
    }
    by_dir = dict(
        _q(
            conn,
            f"select {supplier} || '|' || coalesce(d.value, 'unspecified'), count(*) from lines l, "
            "json_each(l.j, '$.systems') s left join json_each(s.value, '$.directorates') d group by 1",
        )
    )
    assert {
        f"{r['supplier']}|{r['directorate']}": r["mentions"]
        for r in report.figure("systems_by_supplier_directorate").rows
    } == by_dir
    shares = {r["supplier"]: r["share_of_mentions_pct"] for r in report.figure("systems_by_supplier").rows}
    # each share is rounded to 0.1, so the sum may miss 100 by up to 0.05 per supplier
    assert abs(sum(shares.values()) - 100) <= 0.05 * len(shares) + 1e-9


def _q(conn: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


def _found_sql(name: str, column: str) -> str:
    if name in {"questions", "answers"}:
        return f"(coalesce({column}, 0) > 0)"
    return f"({column} is not null and {column} != '')"


def assert_report_matches_sql(report: Report, db: Path) -> None:
    """Every figure of ``report`` against SQL over the SQLite output ``db``."""
    conn = sqlite3.connect(db)
    try:
        overview = {r["measure"]: r["count"] for r in report.figure("overview").rows}
        assert overview["documents parsed"] == _q(conn, "select count(*) from responses")[0][0]
        assert overview["documents that failed"] == _q(conn, "select count(*) from errors")[0][0]
        assert (
            overview["authorities named"]
            == _q(conn, "select count(distinct coalesce(authority_id, authority_name)) from responses")[0][0]
        )
        for measure, table in (
            ("questions", "questions"),
            ("answers", "answers"),
            ("exemptions cited", "exemptions"),
            ("system mentions", "systems"),
            ("survey profiles", "survey_profiles"),
        ):
            assert overview[measure] == _q(conn, f"select count(*) from {table}")[0][0], measure

        suppliers = {r["supplier"]: (r["mentions"], r["documents"]) for r in report.figure("systems_by_supplier").rows}
        assert suppliers == {
            s: (m, d)
            for s, m, d in _q(
                conn,
                f"select coalesce(supplier, '{UNKNOWN_SUPPLIER}'), count(*), count(distinct doc_id) "
                "from systems group by 1",
            )
        }
        by_dir: Counter[tuple[str, str]] = Counter()
        for supplier, directorates, n in _q(
            conn, f"select coalesce(supplier, '{UNKNOWN_SUPPLIER}'), directorates, count(*) from systems group by 1, 2"
        ):
            for d in [x for x in (directorates or "").split(",") if x] or ["unspecified"]:
                by_dir[(supplier, d)] += n
        assert {
            (r["supplier"], r["directorate"]): r["mentions"]
            for r in report.figure("systems_by_supplier_directorate").rows
        } == dict(by_dir)
        assert {(r["system"], r["supplier"]): r["mentions"] for r in report.figure("systems_by_name").rows} == {
            (n, s): c
            for n, s, c in _q(
                conn,
                f"select coalesce(name, ''), coalesce(supplier, '{UNKNOWN_SUPPLIER}'), count(*) from systems group by 1, 2",
            )
        }

        assert {
            r["exemption"]: (r["citations"], r["documents"]) for r in report.figure("exemptions_by_section").rows
        } == {
            k: (c, d)
            for k, c, d in _q(
                conn, "select act || ' s' || section, count(*), count(distinct doc_id) from exemptions group by 1"
            )
        }
        for column, fig in (("outcome", "outcomes"), ("doc_type", "doc_types")):
            assert {r[column]: r["documents"] for r in report.figure(fig).rows} == dict(
                _q(conn, f"select coalesce({column}, '{NONE_LABEL}'), count(*) from responses group by 1")
            )

        sums = ", ".join(f"sum({_found_sql(n, c)})" for n, c in COMPLETENESS_FIELDS.items())
        expected = dict(zip(COMPLETENESS_FIELDS, _q(conn, f"select {sums} from responses")[0], strict=True))
        assert {r["field"]: r["documents_with_it"] for r in report.figure("completeness_by_field").rows} == {
            k: v or 0 for k, v in expected.items()
        }
        total = " + ".join(_found_sql(n, c) for n, c in COMPLETENESS_FIELDS.items())
        per_doc = dict(_q(conn, f"select path, {total} from responses"))
        assert {r["path"]: r["fields_found"] for r in report.figure("fields_found_per_document").rows} == per_doc

        errors = dict(_q(conn, "select error_type, count(*) from errors group by 1"))
        if errors:
            assert {r["error_type"]: r["documents"] for r in report.figure("errors_by_type").rows} == errors

        for key, fig in (("contract_expiry", "contract_expiry_by_year"), ("in_use_since", "in_use_since_by_year")):
            rows = _q(
                conn,
                f"select json_extract(profile, '$.{key}.value.year') as y, coalesce(supplier, '{UNKNOWN_SUPPLIER}'), "
                "count(*) from survey_profiles where y is not null group by 1, 2",
            )
            assert {(r["year"], r["supplier"]): r["profiles"] for r in report.figure(fig).rows} == {
                (y, s): n for y, s, n in rows
            }
        assert {r["hosting"]: r["profiles"] for r in report.figure("hosting_models").rows} == dict(
            _q(
                conn,
                "select json_extract(profile, '$.hosting.value') as h, count(*) from survey_profiles "
                "where h is not null group by 1",
            )
        )
    finally:
        conn.close()


def test_report_numbers_equal_sql_over_the_sqlite_output(sqlite_output: Path) -> None:
    report = build_report(load_results(sqlite_output))
    assert report.documents == len(list(RAW.glob("*.txt")))
    assert_report_matches_sql(report, sqlite_output)


def test_survey_figures_equal_sql_over_survey_profiles(
    outputs: dict[str, Path], sqlite_output: Path, tmp_path: Path
) -> None:
    """With survey profiles stored in the output, the survey figures equal SQL over them too."""
    profiles = load_results(outputs["parse-jsonl"]).rows("survey_profiles")
    if not profiles:
        pytest.skip("no survey layer, or no fixture gives a survey profile")
    db = tmp_path / "with-profiles.sqlite"
    shutil.copy(sqlite_output, db)
    conn = sqlite3.connect(db)
    try:
        ids = {row[0] for row in conn.execute("select doc_id from responses")}
        conn.execute("delete from survey_profiles")
        columns = ["doc_id", "p_index", "survey", "directorate", "system_id", "system_name", "supplier", "profile"]
        conn.executemany(
            f"insert into survey_profiles ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})",
            [tuple(p[c] for c in columns) for p in profiles if p["doc_id"] in ids],
        )
        conn.commit()
    finally:
        conn.close()
    report = build_report(load_results(db))
    assert report.figure("hosting_models").rows or report.figure("contract_expiry_by_year").rows
    assert_report_matches_sql(report, db)


def test_report_numbers_equal_sql_over_the_jsonl_records(outputs: dict[str, Path]) -> None:
    """The same figures over the JSONL of full records, checked with SQLite's JSON functions over the lines."""
    path = outputs["parse-jsonl"]
    report = build_report(load_results(path))
    conn = sqlite3.connect(":memory:")
    conn.execute("create table lines (j text)")
    conn.executemany(
        "insert into lines values (?)", [(line,) for line in path.read_text(encoding="utf-8").splitlines()]
    )
    assert {r["measure"]: r["count"] for r in report.figure("overview").rows}["documents parsed"] == _q(
        conn, "select count(*) from lines where json_extract(j, '$.error') is null"
    )[0][0]
    assert {r["exemption"]: (r["citations"], r["documents"]) for r in report.figure("exemptions_by_section").rows} == {
        k: (c, d)
        for k, c, d in _q(
            conn,
            "select json_extract(e.value, '$.act') || ' s' || json_extract(e.value, '$.section'), count(*), "
            "count(distinct json_extract(l.j, '$.source.path')) from lines l, json_each(l.j, '$.exemptions') e group by 1",
        )
    }
    assert {r["supplier"]: r["mentions"] for r in report.figure("systems_by_supplier").rows} == dict(
        _q(
            conn,
            f"select coalesce(json_extract(s.value, '$.supplier'), '{UNKNOWN_SUPPLIER}'), count(*) "
            "from lines l, json_each(l.j, '$.systems') s group by 1",
        )
    )
    for column, fig in (("outcome", "outcomes"), ("doc_type", "doc_types")):
        assert {r[column]: r["documents"] for r in report.figure(fig).rows} == dict(
            _q(conn, f"select coalesce(json_extract(j, '$.{column}'), '{NONE_LABEL}'), count(*) from lines group by 1")
        )
    questions = {r["measure"]: r["count"] for r in report.figure("overview").rows}["questions"]
    assert questions == _q(conn, "select count(*) from lines l, json_each(l.j, '$.questions')")[0][0]
    with_reference = {r["field"]: r["documents_with_it"] for r in report.figure("completeness_by_field").rows}
    assert (
        with_reference["reference"]
        == _q(conn, "select count(*) from lines where json_extract(j, '$.reference') is not null")[0][0]
    )
    assert (
        with_reference["questions"]
        == _q(conn, "select count(*) from lines where json_array_length(j, '$.questions') > 0")[0][0]
    )


def _comparable(report: Report) -> dict[str, Any]:
    survey = {"contract_expiry_by_year", "in_use_since_by_year", "hosting_models"}
    out = {}
    for fig in report.figures:
        if fig.id in survey:
            continue
        rows = [{k: v for k, v in r.items() if k != "survey profiles"} for r in fig.rows]
        if fig.id == "overview":
            rows = [r for r in rows if r["measure"] != "survey profiles"]
        out[fig.id] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return out


def test_every_kind_of_output_gives_the_same_report(outputs: dict[str, Path], sqlite_output: Path) -> None:
    reference = _comparable(build_report(load_results(sqlite_output)))
    kinds = ["parse-jsonl", *[k for k in ("jsonl", "csv", "parquet") if k in outputs]]
    for kind in kinds:
        if kind == "parquet":
            pytest.importorskip("pyarrow")
        assert _comparable(build_report(load_results(outputs[kind]))) == reference, kind


def test_the_page_is_self_contained_and_escaped(outputs: dict[str, Path], tmp_path: Path) -> None:
    corpus = load_results(outputs["parse-jsonl"])
    corpus.tables["responses"][0]["path"] = "<script>alert('x')</script>.txt"
    page = render_report_html(build_report(corpus))
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;.txt" in page
    assert "<script src" not in page and "<link" not in page
    assert 'class="sortable"' in page and "vegaEmbed" in page
    specs = page.split('<script type="application/json" id="specs">', 1)[1].split("</script>", 1)[0]
    assert "<" not in specs
    assert json.loads(specs)


def test_pngs_are_written(outputs: dict[str, Path], tmp_path: Path) -> None:
    report = build_report(load_results(outputs["parse-jsonl"]))
    written = write_pngs(report, tmp_path / "png")
    assert {p.stem for p in written} == {f.id for f in report.figures if f.chart is not None}
    for path in written:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 2000


def test_cli_report(outputs: dict[str, Path], sqlite_output: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for source in (outputs["parse-jsonl"], sqlite_output):
        out = tmp_path / f"{source.stem}.html"
        result = runner.invoke(app, ["report", str(source), "--html", str(out), "--png", str(tmp_path / "png")])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert any((tmp_path / "png").glob("*.png"))
    bad = tmp_path / "nothing.txt"
    bad.write_text("hello", encoding="utf-8")
    result = runner.invoke(app, ["report", str(bad), "--html", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "report:" in result.output


def test_empty_output_reports_notes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    report = build_report(load_results(empty))
    assert report.documents == 0
    assert report.figure("systems_by_supplier").note and report.figure("contract_expiry_by_year").note
    assert "<!DOCTYPE html>" in render_report_html(report)


# --- in a real browser -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from chromium_context(tmp_path_factory, width=1300)


def test_browser_report(browser: Any, with_systems_jsonl: Path, tmp_path: Path) -> None:
    source = with_systems_jsonl
    html_path = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(source), "--html", str(html_path)])
    assert result.exit_code == 0, result.output
    report = build_report(load_results(source))
    page = browser.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda msg: problems.append(f"console.{msg.type}: {msg.text}") if msg.type in {"error", "warning"} else None,
    )
    page.on("pageerror", lambda exc: problems.append(f"pageerror: {exc}"))
    page.on("requestfailed", lambda req: problems.append(f"request failed: {req.url}"))
    try:
        page.goto(html_path.resolve().as_uri())
        page.wait_for_selector("body[data-charts=ready]", timeout=30000)
        charted = [f for f in report.figures if f.chart is not None]
        assert charted
        for fig in charted:
            chart = page.locator(f"#chart-{fig.id}")
            assert chart.locator("svg").count() >= 1, fig.id
            assert "chart failed" not in chart.inner_text()
        # The outcome chart draws a bar label for every outcome in its table.
        outcome_text = page.evaluate("document.querySelector('#chart-outcomes svg').textContent")
        for row in report.figure("outcomes").rows:
            assert row["outcome"] in outcome_text
        # The overview tiles show the counts.
        docs = page.locator('.tile[data-measure="documents parsed"] .n').inner_text()
        assert int(docs) == report.documents
        # Sorting a table by a column.
        table = page.locator("#table-outcomes")
        table.locator("th", has_text="outcome").click()
        first_col = table.locator("tbody tr td:first-child").all_inner_texts()
        assert first_col == sorted(first_col, key=str.lower)
        table.locator("th", has_text="documents").click()
        counts = [int(x) for x in table.locator("tbody tr td:nth-child(2)").all_inner_texts()]
        assert counts == sorted(counts)
        table.locator("th", has_text="documents").click()
        counts = [int(x) for x in table.locator("tbody tr td:nth-child(2)").all_inner_texts()]
        assert counts == sorted(counts, reverse=True)
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "report.png"))
        page.screenshot(path=str(OUTPUT / "report-full.png"), full_page=True)
        assert not problems, problems
    finally:
        page.close()
