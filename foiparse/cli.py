"""The ``foiparse`` command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .errors import FoiParseError

if TYPE_CHECKING:
    from .models import FOIResponse

app = typer.Typer(
    name="foiparse",
    help="Turn UK Freedom of Information responses into typed, source-grounded records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"foiparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """foiparse: FOI responses in, one table out."""


def iter_inputs(paths: list[Path]) -> Iterator[Path]:
    """Files as given, folders walked recursively in sorted order (hidden files skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


@app.command("parse")
def parse_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).")],
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="table (a readable summary), json (an indented array) or jsonl (a record a line).",
        ),
    ] = "json",
    include_text: Annotated[bool, typer.Option("--text/--no-text", help="Include the normalised text.")] = True,
) -> None:
    """Parse responses and print their records; a file that fails prints an error object instead."""
    from .pipeline import parse

    if output_format not in {"json", "jsonl", "table"}:
        raise typer.BadParameter("--format must be table, json or jsonl")
    failures = 0
    results: list[dict[str, object]] = []
    table_rows: list[list[str]] = []
    for path in iter_inputs(paths):
        try:
            if not path.exists():
                raise FileNotFoundError(f"no such file: {path}")
            record = parse(path)
            data: dict[str, object] = record.model_dump(mode="json")
            if not include_text:
                data.pop("text", None)
            table_rows.append(_table_row(path, record))
        except (FoiParseError, OSError) as exc:
            failures += 1
            data = {"source": {"path": str(path)}, "error": {"type": type(exc).__name__, "message": str(exc)}}
            table_rows.append([path.name, f"[red]{type(exc).__name__}: {exc}[/red]", "", "", "", "", ""])
        if output_format == "table":
            continue
        if output_format == "jsonl":
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            results.append(data)
    if output_format == "json":
        sys.stdout.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    if output_format == "table":
        _print_table(table_rows)
    if failures:
        typer.echo(f"{failures} input(s) failed; see their error objects", err=True)
        raise typer.Exit(code=1)


def _table_row(path: Path, record: FOIResponse) -> list[str]:
    return [
        path.name,
        record.authority.name if record.authority else "",
        record.reference or "",
        record.response_date.isoformat() if record.response_date else "",
        record.received_date.isoformat() if record.received_date else "",
        ", ".join(record.legislation),
        record.officer.name if record.officer else "",
    ]


def _print_table(rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"foiparse: {len(rows)} document(s)")
    for column in ("file", "authority", "reference", "response", "received", "legislation", "officer"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(width=160).print(table)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the FOIResponse record."""
    from .models import FOIResponse

    sys.stdout.write(json.dumps(FOIResponse.model_json_schema(), indent=2) + "\n")


@app.command("eval")
def eval_command(
    folder: Annotated[Path, typer.Argument(help="A folder with raw/ and gold/ subfolders.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss (gold vs predicted).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Measure precision, recall and F1 per field against gold labels."""
    from .evaluate import evaluate, format_report

    if not (folder / "gold").is_dir():
        raise typer.BadParameter(f"{folder} has no gold/ folder")
    report = evaluate(folder)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        typer.echo(format_report(report, verbose=verbose))


@app.command("batch")
def batch_command(
    inputs: Annotated[list[Path], typer.Argument(help="Files, folders (walked recursively) and ZIP archives.")],
    out: Annotated[
        str,
        typer.Option(
            "--out",
            "-o",
            help="Where to write: a .sqlite, .jsonl, .csv or .parquet path, or a postgresql:// URL.",
        ),
    ],
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", help="Worker processes (default: all cores; 0: in-process).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Parse again inputs already in the output.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds one document may take (0: no limit).")] = 60.0,
    memory_mb: Annotated[
        int, typer.Option("--memory-mb", help="Memory one document may use in its worker, in MB (0: no limit).")
    ] = 2048,
    engine: Annotated[str, typer.Option("--engine", help="local (worker processes) or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address for --engine dask (tcp://host:8786).")
    ] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", help="Documents per committed write.", min=1)] = 100,
    progress: Annotated[
        str, typer.Option("--progress", help="auto (a bar on a terminal, else log lines), bar, log or none.")
    ] = "auto",
    summary_json: Annotated[bool, typer.Option("--json", help="Print the end summary as JSON.")] = False,
) -> None:
    """Parse a whole download into a database or files, in parallel and resumably, then print a summary."""
    from .batch import run_batch

    if engine not in {"local", "dask"}:
        raise typer.BadParameter("--engine must be local or dask")
    if engine == "dask" and not scheduler:
        raise typer.BadParameter("--engine dask needs --scheduler ADDRESS")
    if progress not in {"auto", "bar", "log", "none"}:
        raise typer.BadParameter("--progress must be auto, bar, log or none")
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise typer.BadParameter(f"no such file or folder: {', '.join(missing)}")
    try:
        summary = run_batch(
            inputs,
            out,
            workers=workers,
            force=force,
            timeout=timeout or None,
            memory_mb=memory_mb or None,
            engine=engine,
            scheduler=scheduler,
            chunk_size=chunk_size,
            progress=progress,
        )
    except ValueError as exc:  # an output the sinks cannot tell how to write
        raise typer.BadParameter(str(exc)) from exc
    if summary_json:
        sys.stdout.write(json.dumps(summary.as_dict(), indent=2) + "\n")
    else:
        typer.echo(summary.format())
    if summary.interrupted:
        raise typer.Exit(code=130)


@app.command("show")
def show_command(
    file: Annotated[Path, typer.Argument(help="A response file (any format parse reads), or a record's JSON.")],
    html_out: Annotated[
        Path | None,
        typer.Option("--html", help="Write a self-contained HTML page here instead of printing to the terminal."),
    ] = None,
    show_text: Annotated[
        bool, typer.Option("--text/--no-text", help="In the terminal, also print the text with its highlights.")
    ] = False,
) -> None:
    """Show what was extracted, every value at the text it came from (HTML page or terminal)."""
    from .show import load_for_show, render_html, render_terminal

    if not file.is_file():
        raise typer.BadParameter(f"no such file: {file}")
    try:
        record, page_starts = load_for_show(file)
    except FoiParseError as exc:
        typer.echo(f"{type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(code=1) from exc
    if html_out is None:
        render_terminal(record, show_text=show_text)
        return
    html_out.parent.mkdir(parents=True, exist_ok=True)
    html_out.write_text(render_html(record, page_starts=page_starts, title=file.name), encoding="utf-8")
    typer.echo(f"wrote {html_out}")


@app.command("report")
def report_command(
    results: Annotated[
        Path, typer.Argument(help="A batch output: .sqlite/.db, .jsonl, or .csv/.parquet (the table files' stem).")
    ],
    html_out: Annotated[Path, typer.Option("--html", help="Where to write the self-contained HTML report.")],
    png_dir: Annotated[
        Path | None, typer.Option("--png", help="Also write each chart as PNG into this folder.")
    ] = None,
) -> None:
    """Charts and tables over a batch's output: systems, suppliers, contracts, exemptions, outcomes, completeness."""
    from .report import ReportError, build_report, load_results, render_report_html, write_pngs

    try:
        corpus = load_results(results)
        report = build_report(corpus)
        html_out.parent.mkdir(parents=True, exist_ok=True)
        html_out.write_text(render_report_html(report), encoding="utf-8")
        typer.echo(f"wrote {html_out} ({len(report.figures)} figures over {report.documents} documents)")
        if png_dir is not None:
            written = write_pngs(report, png_dir)
            typer.echo(f"wrote {len(written)} PNG chart(s) into {png_dir}")
    except ReportError as exc:
        typer.echo(f"report: {exc}", err=True)
        raise typer.Exit(code=1) from exc


@app.command("survey")
def survey_command(
    survey: Annotated[str, typer.Argument(help="The survey's id, e.g. social-care-systems.")],
    paths: Annotated[list[Path], typer.Argument(help="Responses: files or folders (walked recursively).")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="table.csv, .parquet, .sqlite or .jsonl (whole profiles with spans); CSV to stdout if omitted.",
        ),
    ] = None,
) -> None:
    """One row per authority x directorate x system across all responses, and a summary of what they cover."""
    from .pipeline import parse
    from .surveys import definition, extract
    from .surveys.models import SurveyProfile
    from .surveys.table import profile_row, summary, to_csv, write_table

    try:
        found = definition(survey)
    except FoiParseError as exc:
        raise typer.BadParameter(str(exc), param_hint="SURVEY") from exc
    profiles: list[SurveyProfile] = []
    responses = failures = 0
    for path in iter_inputs(paths):
        try:
            if not path.exists():
                raise FileNotFoundError(f"no such file: {path}")
            profiles.extend(extract(parse(path), found))
            responses += 1
        except (FoiParseError, OSError) as exc:
            failures += 1
            typer.echo(f"{path}: {type(exc).__name__}: {exc}", err=True)
    if out is None:
        sys.stdout.write(to_csv([profile_row(p) for p in profiles]))
    else:
        try:
            write_table(profiles, out)
        except (FoiParseError, OSError) as exc:
            raise typer.BadParameter(str(exc), param_hint="--out") from exc
    typer.echo(summary(profiles, responses=responses, failures=failures), err=out is None)
    if failures:
        raise typer.Exit(code=1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
