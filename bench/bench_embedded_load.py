"""Fresh-build load speed of the embedded store: UNWIND/MERGE batches vs COPY FROM.

    .venv/bin/python bench/bench_embedded_load.py [--nodes 20000] [--edges 50000] [--batch 500]

Builds a synthetic graph (entities of every type, schema-valid edges, articles with
mentions), loads it into an empty database both ways, and prints rows/s side by side.
write_fresh() uses COPY because this measures it faster (on the 2-core dev machine:
~34k rows/s against ~10k rows/s); rerun after upgrading ladybug.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.schema import RELATION_ENDPOINTS  # noqa: E402
from kg.stores.embedded import EmbeddedStore  # noqa: E402
from kg.types import Entity, Evidence, Graph, Relation  # noqa: E402


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7) -> Graph:
    """n_nodes entity+article nodes and n_edges relations+mentions, deterministic."""
    rng = random.Random(seed)
    n_articles = max(1, n_nodes // 20)
    shares = {"Person": 0.5, "Company": 0.3, "Cluster": 0.1, "Model": 0.1}
    by_type: dict[str, list[str]] = {}
    entities = []
    for t, share in shares.items():
        ids = [f"{t.lower()}:{i}" for i in range(int((n_nodes - n_articles) * share))]
        by_type[t] = ids
        entities += [Entity(id=i, type=t, name=f"{t} {i} 名字", aliases=[f"别名{i}"],
                            articles=[f"a{rng.randrange(n_articles)}"], mentions=rng.randint(1, 9))
                     for i in ids]
    pairs = [(t, h, tl) for t, ps in RELATION_ENDPOINTS.items() for h, tl in ps]
    n_mentions = n_edges // 5
    relations, seen = [], set()
    while len(relations) < n_edges - n_mentions:
        t, h, tl = rng.choice(pairs)
        s, o = rng.choice(by_type[h]), rng.choice(by_type[tl])
        if (t, s, o) in seen:
            continue
        seen.add((t, s, o))
        art = f"a{rng.randrange(n_articles)}"
        ev = Evidence(article=art, sentence=f"{s} 与 {o} 的句子", start=0, end=10,
                      rule=f"{t.lower()}:synthetic", extractor="bench", date="2025-07-17")
        relations.append(Relation(type=t, source=s, target=o, evidence=[ev], confidence=0.8))
    all_ids = [e.id for e in entities]
    articles = [{"id": f"a{i}", "path": f"seeds/a{i}.txt", "title": f"文章 {i}", "date": "2025-07-17",
                 "entities": []} for i in range(n_articles)]
    for k in range(n_mentions):
        articles[k % n_articles]["entities"].append(all_ids[(k * 7919) % len(all_ids)])
    for a in articles:
        a["entities"] = sorted(set(a["entities"]))
    return Graph(entities=entities, relations=relations, articles=articles)


def timed(label: str, graph: Graph, load) -> tuple[str, int, float]:
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "graph.lbug") as store:
        started = time.perf_counter()
        counts = load(store, graph)
        seconds = time.perf_counter() - started
    return label, counts.rows, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--edges", type=int, default=50000)
    ap.add_argument("--batch", type=int, default=500)
    args = ap.parse_args()
    graph = synthetic_graph(args.nodes, args.edges)
    print(f"synthetic graph: {len(graph.entities)} entities, {len(graph.articles)} articles, "
          f"{len(graph.relations)} relations, {sum(len(a['entities']) for a in graph.articles)} mentions")
    results = [
        timed("COPY FROM (bulk_load)", graph, lambda s, g: s.bulk_load(g)),
        timed(f"UNWIND/MERGE batch={args.batch}", graph, lambda s, g: s.write(g, batch_size=args.batch)),
    ]
    print(f"{'method':<28} {'rows':>8} {'seconds':>9} {'rows/s':>10}")
    for label, rows, seconds in results:
        print(f"{label:<28} {rows:>8} {seconds:>9.2f} {rows / seconds:>10.0f}")
    fast = min(results, key=lambda r: r[2])
    slow = max(results, key=lambda r: r[2])
    print(f"fastest: {fast[0]} ({slow[2] / fast[2]:.1f}x)")


if __name__ == "__main__":
    main()
