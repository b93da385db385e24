"""`kg load`: put a built graph into a graph store (Neo4j, in practice).

    result = load_graph("out", Neo4jStore(uri, user, password, database), wait=30, sync=True)
    print(format_summary(result))

The order matters for the user: the graph file is read before anything connects (a
missing build fails at once, server or not), the server is waited for only if asked,
and wiping happens in the same session as the write that follows it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from . import graph as graph_mod
from .stores.base import GraphStore, LoadCounts, Progress
from .types import Graph


@dataclass
class LoadResult:
    source: Path
    counts: LoadCounts = field(default_factory=LoadCounts)
    wiped: int = 0  # nodes deleted by --wipe before writing
    waited: float = 0.0  # seconds spent waiting for the server
    sync: bool = False


def total_rows(graph: Graph) -> int:
    """How many rows a write sends: the length of a progress bar."""
    from .stores import statements as st

    return (sum(len(r) for r in st.node_rows(graph).values())
            + sum(len(r) for r in st.rel_rows(graph).values()))


def read_graph(path: str | Path) -> tuple[Path, Graph]:
    """The graph.json of a build directory (or the file itself), read and checked."""
    p = Path(path)
    return (p / "graph.json" if p.is_dir() else p), graph_mod.load(p)


def load_graph(path: str | Path, store: GraphStore, *, graph: Graph | None = None,
               batch_size: int = 500, wipe: bool = False, sync: bool = False,
               wait: float = 0, progress: Progress | None = None) -> LoadResult:
    """Read the build at `path` (unless `graph` is given) and write it into `store`."""
    source = Path(path)
    if graph is None:
        source, graph = read_graph(path)
    result = LoadResult(source=source, sync=sync)
    if wait and hasattr(store, "wait_until_ready"):
        result.waited = store.wait_until_ready(wait)
    started = time.perf_counter()
    with store:
        if wipe:
            result.wiped = store.wipe()
        result.counts = store.write(graph, batch_size=batch_size, sync=sync, progress=progress)
    # Wall time of wipe and write together: what the user waited for.
    result.counts.seconds = time.perf_counter() - started
    return result


def format_summary(result: LoadResult) -> str:
    c = result.counts
    lines = []
    if result.wiped:
        lines.append(f"wiped:          {result.wiped:,} nodes deleted before loading")
    lines.append(f"nodes:          {c.nodes_created:,} created, {c.nodes_merged:,} merged")
    lines.append(f"relationships:  {c.rels_created:,} created, {c.rels_merged:,} merged")
    if result.sync or c.nodes_deleted or c.rels_deleted:
        lines.append(f"deleted (sync): {c.nodes_deleted:,} nodes, {c.rels_deleted:,} relationships")
    rate = c.rows / c.seconds if c.seconds > 0 else 0.0
    lines.append(f"time:           {c.seconds:.2f} s for {c.rows:,} rows ({rate:,.0f} rows/s)")
    return "\n".join(lines)
