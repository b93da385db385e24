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


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Directory for graph.json, graph.html, graph.lbug and report.json.")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(),
              help="Extra gazetteer JSON (same form as kg/data/gazetteer.json); may repeat.")
@click.option("--no-html", is_flag=True, help="Skip the HTML network view.")
@click.option("--no-db", is_flag=True, help="Skip the embedded database.")
@reports_errors
def build(paths, out_dir, gazetteers, no_html, no_db):
    """Build the knowledge graph of the articles in PATHS (files or folders; default seeds/).

    \b
    Example:
        kg build seeds --out out
        kg build news/ more.html --gazetteer my_names.json
    """
    from .pipeline import build as run_build

    paths = paths or ("seeds",)
    steps = ["ingest", "extract", "resolve"]
    if sys.stderr.isatty():
        with click.progressbar(length=len(steps), label="building", file=sys.stderr) as bar:
            result = run_build(paths, out_dir, gazetteers, html=not no_html, database=not no_db,
                               on_stage=lambda _: bar.update(1))
    else:
        result = run_build(paths, out_dir, gazetteers, html=not no_html, database=not no_db)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    _print_summary(result)


def _print_summary(result) -> None:
    from . import graph as graph_mod

    s = graph_mod.stats(result.graph)
    click.echo(f"articles read: {s['articles']}")
    click.echo("nodes: " + (", ".join(f"{k} {v}" for k, v in s["nodes"].items()) or "none"))
    click.echo("edges: " + (", ".join(f"{k} {v}" for k, v in s["edges"].items()) or "none"))
    click.echo(f"merges: {len(result.merges)}, left out: {len(result.rejected)} (see report.json)")
    click.echo(f"warnings: {len(result.warnings)}")
    click.echo(f"wrote {result.out_dir}/graph.json, graph.html, graph.lbug, report.json "
               f"in {result.seconds:.1f}s")


@cli.command()
@click.argument("directory", default="out", type=click.Path())
@reports_errors
def stats(directory):
    """Statistics of a built graph: nodes and edges per type, most connected entities.

    \b
    Example:
        kg stats out
    """
    from . import graph as graph_mod

    s = graph_mod.stats(graph_mod.load(directory))
    click.echo(f"articles: {s['articles']}")
    click.echo("nodes: " + (", ".join(f"{k} {v}" for k, v in s["nodes"].items()) or "none"))
    click.echo("edges: " + (", ".join(f"{k} {v}" for k, v in s["edges"].items()) or "none"))
    click.echo(f"evidence sentences: {s['evidence']}")
    if s["most_connected"]:
        click.echo("most connected:")
        for row in s["most_connected"]:
            click.echo(f"  {row['degree']:3d}  {row['name']}")


@cli.command(name="eval")
@click.argument("gold", type=click.Path())
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(), help="Extra gazetteer JSON.")
@click.option("--graph", "graph_file", type=click.Path(), help="Score this graph.json instead of building.")
@click.option("--errors/--no-errors", default=True, show_default=True, help="List misses and false hits.")
@reports_errors
def eval_(gold, paths, gazetteers, graph_file, errors):
    """Build PATHS (default seeds/) and score the graph against GOLD.json.

    Prints precision, recall and F1 per entity and relation type, then the misses and
    false hits, scored as ../shared/eval/score.py scores them.

    \b
    Example:
        kg eval ../shared/eval/gold_seeds.json seeds
    """
    from . import evaluate

    report = evaluate.run(gold, paths or ("seeds",), gazetteers, graph_file)
    click.echo(evaluate.format_report(report, errors=errors))


def main():
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
