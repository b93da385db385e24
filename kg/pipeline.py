"""The main job: a folder of articles -> graph.json, graph.html and the embedded database.

    ingest -> extract -> resolve -> graph -> outputs

`build()` is what `kg build` calls and what a notebook can call. Every output is written
to a temporary file and renamed into place, so a failed build leaves the previous
outputs of DIR as they were.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import EXTRACTOR_VERSION, __version__
from . import gazetteer as gazetteer_mod
from . import graph as graph_mod
from .atomic import write_text_atomic
from .errors import InputError
from .types import Graph

GRAPH_JSON = "graph.json"
GRAPH_HTML = "graph.html"
DB_FILE = "graph.lbug"
REPORT_JSON = "report.json"


@dataclass
class BuildResult:
    graph: Graph
    out_dir: Path | None
    warnings: list[str] = field(default_factory=list)
    merges: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)  # output file names, in the order written


def extract_graph(paths, gazetteer_files=(), on_stage: Callable[[str], None] | None = None,
                  relation_model: str | Path | None | bool = None) -> BuildResult:
    """Read, extract and resolve: the graph in memory, nothing written.

    relation_model: a model file from `kg train`; None for the one kg ships, False for the rules alone.
    """
    from .extract import extract, learned
    from .ingest import read_articles
    from .resolve import resolve

    t0 = time.perf_counter()
    times: dict[str, float] = {}

    def stage(name: str, t: float) -> float:
        now = time.perf_counter()
        times[name] = round(now - t, 3)
        if on_stage:
            on_stage(name)
        return now

    gaz = gazetteer_mod.load(list(gazetteer_files))
    model = None if relation_model is False else learned.load(relation_model)
    ingested = read_articles(paths)
    t = stage("ingest", t0)
    ex = extract(ingested.articles, gaz, model)
    t = stage("extract", t)
    res = resolve(ex)
    t = stage("resolve", t)
    mentioned: dict[str, set[str]] = {a.id: set() for a in ingested.articles}
    for m in ex.mentions:
        mentioned[m.article].add(res.entity_of[m.alias_of])
    articles = [
        {"id": a.id, "path": a.path, "title": a.title, "date": a.date, "entities": sorted(mentioned[a.id])}
        for a in ingested.articles
    ]
    graph = Graph(
        entities=res.entities,
        relations=res.relations,
        articles=articles,
        meta={"kg_version": __version__, "extractor": EXTRACTOR_VERSION},
    )
    rejected = [dict(r, kind="candidate") for r in ex.lexicon.rejected] + [dict(r, kind="relation") for r in res.rejected] \
        + [dict(r, kind="merge") for r in res.refused_merges]
    return BuildResult(graph, None, list(ingested.warnings), res.merges, rejected,
                       time.perf_counter() - t0, times)


def build(paths, out_dir: str | Path, gazetteer_files=(), *, html: bool = True, database: bool = True,
          on_stage: Callable[[str], None] | None = None, relation_model: str | Path | None | bool = None) -> BuildResult:
    """Build the graph of the articles under paths and write DIR's outputs."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"output path {out} exists and is not a directory")
    result = extract_graph(paths, gazetteer_files, on_stage, relation_model)
    t = time.perf_counter()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output directory {out}: {exc.strerror}") from exc
    report = {"merges": result.merges, "rejected": result.rejected, "warnings": result.warnings}
    write_text_atomic(out / REPORT_JSON, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    result.written.append(REPORT_JSON)
    if database:
        from .stores.embedded import write_fresh

        write_fresh(result.graph, out / DB_FILE)
        result.written.append(DB_FILE)
        result.stage_seconds["database"] = round(time.perf_counter() - t, 3)
        t = time.perf_counter()
    if html:
        from .viz import write_html

        write_html(result.graph, out / GRAPH_HTML)
        result.written.append(GRAPH_HTML)
        result.stage_seconds["html"] = round(time.perf_counter() - t, 3)
    # graph.json last: its presence means the build finished
    write_text_atomic(out / GRAPH_JSON, graph_mod.dumps(result.graph))
    result.written.append(GRAPH_JSON)
    result.out_dir = out
    result.seconds = sum(result.stage_seconds.values())
    return result
