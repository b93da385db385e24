"""The `kg` command line: a thin layer over the library.

Each command parses options, calls one library function and formats its result.
Heavy modules (jieba, ladybug, neo4j, pyvis, networkx) are imported inside the
commands so that `kg --help` answers at once. Only KGError is caught: it becomes one
line on stderr and exit status 1.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

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


def neo4j_options(fn):
    """--uri / --user / --password / --database, each also read from its NEO4J_* variable."""
    options = [
        click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True,
                     show_envvar=True, help="Neo4j Bolt URI."),
        click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                     show_envvar=True, help="Neo4j user."),
        click.option("--password", envvar="NEO4J_PASSWORD", show_envvar=True,
                     help="Neo4j password; prefer the variable (see .env.example), "
                          "as options show up in the process list."),
        click.option("--database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True,
                     show_envvar=True, help="Neo4j database."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


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


def _relation_model_options(f):
    f = click.option("--rules-only", is_flag=True, help="Read relations with the rules alone, without the learned model.")(f)
    return click.option("--relation-model", type=click.Path(dir_okay=False), metavar="FILE",
                        help="A relation model from `kg train` instead of the one kg ships.")(f)


def _relation_model(relation_model, rules_only):
    if rules_only and relation_model:
        raise click.UsageError("--rules-only and --relation-model exclude each other")
    return False if rules_only else relation_model


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Directory for graph.json, graph.html, graph.lbug and report.json.")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(),
              help="Extra gazetteer JSON (same form as kg/data/gazetteer.json); may repeat.")
@click.option("--no-html", is_flag=True, help="Skip the HTML network view.")
@click.option("--no-db", is_flag=True, help="Skip the embedded database.")
@_relation_model_options
@reports_errors
def build(paths, out_dir, gazetteers, no_html, no_db, relation_model, rules_only):
    """Build the knowledge graph of the articles in PATHS (files or folders; default seeds/).

    \b
    Example:
        kg build seeds --out out
        kg build news/ more.html --gazetteer my_names.json
    """
    from .pipeline import build as run_build

    paths = paths or ("seeds",)
    model = _relation_model(relation_model, rules_only)
    steps = ["ingest", "extract", "resolve"]
    if sys.stderr.isatty():
        with click.progressbar(length=len(steps), label="building", file=sys.stderr) as bar:
            result = run_build(paths, out_dir, gazetteers, html=not no_html, database=not no_db,
                               on_stage=lambda _: bar.update(1), relation_model=model)
    else:
        result = run_build(paths, out_dir, gazetteers, html=not no_html, database=not no_db, relation_model=model)
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
    click.echo(f"wrote {', '.join(str(result.out_dir / name) for name in reversed(result.written))} "
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
@_relation_model_options
@reports_errors
def eval_(gold, paths, gazetteers, graph_file, errors, relation_model, rules_only):
    """Build PATHS (default seeds/) and score the graph against GOLD.json.

    Prints precision, recall and F1 per entity and relation type, then the misses and
    false hits, scored as ../shared/eval/score.py scores them.

    \b
    Example:
        kg eval ../shared/eval/gold_seeds.json seeds
    """
    from . import evaluate

    report = evaluate.run(gold, paths or ("seeds",), gazetteers, graph_file, _relation_model(relation_model, rules_only))
    click.echo(evaluate.format_report(report, errors=errors))


@cli.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help="Where to write the model (JSON).")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(), help="Extra gazetteer JSON.")
@click.option("--threshold", default=0.8, show_default=True, type=click.FloatRange(0, 1),
              help="The probability above which the model adds a relation.")
@reports_errors
def train(folders, out_file, gazetteers, threshold):
    """Train the learned relation reader on FOLDERS, each with articles and a gold.json.

    \b
    Example:
        kg train my_annotated/ --out my_model.json
        kg build news/ --relation-model my_model.json
    """
    from .atomic import write_text_atomic
    from .learn import train as run_train

    model = run_train(folders, gazetteers, threshold=threshold)
    write_text_atomic(Path(out_file), model.to_json())
    click.echo(f"trained on {len(folders)} folders: {len(model.weights)} weights, wrote {out_file}")


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; may repeat. Matched against names and aliases, any case.")
@click.option("--list", "list_", is_flag=True, help="List the canned queries and their parameters.")
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Build directory holding graph.lbug.")
@click.option("--neo4j", "use_neo4j", is_flag=True,
              help="Run on Neo4j (filled by `kg load`) instead of the embedded database.")
@neo4j_options
@reports_errors
def query(name, params, list_, out_dir, use_neo4j, **connection):
    """Run canned query NAME (or a .cypher file) on the embedded database and print a table.

    \b
    Example:
        kg query --list
        kg query recruited_from --param company=OpenAI
        kg query profile -p name=扎克伯格 --out out
        kg query my_query.cypher -p limit=5
    """
    from . import queries

    if list_:
        click.echo(queries.format_list(queries.list_queries()))
        return
    if not name:
        raise click.UsageError("give a query NAME or .cypher file, or --list to see the canned queries")
    canned = queries.load(name)
    bound = queries.bind(canned, queries.parse_params(params))  # before opening: fail fast
    with _query_store(out_dir, use_neo4j, connection) as store:
        columns, rows = queries.run(canned, store, bound)
    click.echo(queries.format_table(columns, rows))
    click.echo(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")


def _query_store(out_dir, use_neo4j=False, connection=None):
    """The one place `kg query` chooses its store (read-only: a query never creates a database)."""
    from pathlib import Path

    if use_neo4j:
        from .stores.neo4j import Neo4jStore

        return Neo4jStore(**(connection or {}))

    from .stores.embedded import DB_NAME, EmbeddedStore

    return EmbeddedStore(Path(out_dir) / DB_NAME, read_only=True)


@cli.command()
@click.argument("build_dir", metavar="[DIR]", default="out", type=click.Path())
@neo4j_options
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(min=1),
              help="Rows per transaction.")
@click.option("--wipe", is_flag=True, help="First delete kg's nodes and relationships (asks first).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before --wipe (required without a terminal).")
@click.option("--sync", is_flag=True,
              help="Also delete what the build no longer has (e.g. from articles removed since).")
@click.option("--wait", default=0.0, type=click.FloatRange(min=0), metavar="SECONDS", show_default=True,
              help="Wait up to SECONDS for a server that is still starting.")
@reports_errors
def load(build_dir, uri, user, password, database, batch_size, wipe, yes, sync, wait):
    """Load the graph built in DIR (default: out) into Neo4j; rerunning it merges, never duplicates.

    \b
    Example:
        docker compose up -d && set -a && . ./.env && set +a
        kg load out --wait 60
        kg load out --sync            # also retract what the new build dropped
        kg load out --wipe --yes      # start from an empty kg graph
    """
    from .load import format_summary, load_graph, read_graph, total_rows
    from .stores.neo4j import Neo4jStore

    source, graph = read_graph(build_dir)  # before connecting: a missing build fails at once
    if wipe and not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("--wipe deletes every kg node in the database: "
                                   "add --yes to confirm when not at a terminal")
        click.confirm(f"Delete every kg node and relationship in database {database!r} at {uri}?",
                      abort=True, err=True)
    store = Neo4jStore(uri, user, password, database)
    options = dict(graph=graph, batch_size=batch_size, wipe=wipe, sync=sync, wait=wait)
    try:
        if sys.stderr.isatty():
            with click.progressbar(length=total_rows(graph), label=f"Loading {source}",
                                   file=sys.stderr) as bar:
                result = load_graph(source, store, progress=bar.update, **options)
        else:
            result = load_graph(source, store, **options)
    except KeyboardInterrupt:
        click.echo("\nInterrupted: batches already written stay, the one in flight was rolled back. "
                   "Run the same `kg load` again to finish; it merges, so nothing is duplicated.",
                   err=True)
        sys.exit(130)
    click.echo(f"Loaded {source} into {uri} (database {database})")
    click.echo(format_summary(result))


@cli.command()
@neo4j_options
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Build directory whose embedded database (graph.lbug) is checked too.")
@reports_errors
def doctor(uri, user, password, database, out_dir):
    """Check Neo4j and the embedded database, saying how to fix what is wrong; exit 1 if anything is.

    \b
    Checks: connection, server version and edition, the database, kg's constraints,
    what is loaded (and whether it matches DIR/graph.lbug).
    Example:
        kg doctor
        NEO4J_URI=bolt://otherhost:7687 kg doctor --out out
    """
    from .doctor import format_checks, run_checks
    from .stores.neo4j import Neo4jStore

    checks = run_checks(Neo4jStore(uri, user, password, database), out_dir)
    click.echo(format_checks(checks))
    if not all(c.ok for c in checks):
        sys.exit(1)


def main():
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
