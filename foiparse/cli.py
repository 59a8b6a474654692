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
        str, typer.Option("--format", "-f", help="json (an array, indented) or jsonl (one record per line).")
    ] = "json",
    include_text: Annotated[bool, typer.Option("--text/--no-text", help="Include the normalised text.")] = True,
) -> None:
    """Parse responses and print their records; a file that fails prints an error object instead."""
    from .pipeline import parse

    if output_format not in {"json", "jsonl"}:
        raise typer.BadParameter("--format must be json or jsonl")
    failures = 0
    results: list[dict[str, object]] = []
    for path in iter_inputs(paths):
        try:
            if not path.exists():
                raise FileNotFoundError(f"no such file: {path}")
            data: dict[str, object] = parse(path).model_dump(mode="json")
            if not include_text:
                data.pop("text", None)
        except (FoiParseError, OSError) as exc:
            failures += 1
            data = {"source": {"path": str(path)}, "error": {"type": type(exc).__name__, "message": str(exc)}}
        if output_format == "jsonl":
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            results.append(data)
    if output_format == "json":
        sys.stdout.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    if failures:
        typer.echo(f"{failures} input(s) failed; see their error objects", err=True)
        raise typer.Exit(code=1)


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
