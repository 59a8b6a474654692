"""The ``foiparse`` command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import FoiParseError
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
