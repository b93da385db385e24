"""The `kg` command line: a thin layer over the library.

Each command parses options, calls one library function and formats its result.
Heavy modules (jieba, ladybug, neo4j, pyvis, networkx) are imported inside the
commands so that `kg --help` answers at once. Only KGError is caught: it becomes one
line on stderr and exit status 1.
"""
from __future__ import annotations

import functools
import sys

import click

from . import __version__
from .errors import KGError


def reports_errors(fn):
    """Turn a KGError into one `Error: ...` line and a non-zero exit, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing half-written was kept.", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli():
    """Build a knowledge graph of the AI industry from Chinese tech news.

    \b
    kg build seeds --out out      articles -> out/graph.json, out/graph.html, out/graph.lbug
    kg query --list               the canned queries
    kg query recruited_from --param company=OpenAI
    kg load out                   put the graph into Neo4j
    """


def main():
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
