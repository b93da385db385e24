"""The built graph: its JSON form (graph.json), an in-memory networkx view, statistics.

graph.json is what every later stage reads (stores, viz, eval, `kg load`), and what
../shared/eval/score.py scores. Its shape is documented in the README and stays stable:

    {"meta": {...},
     "nodes": [{"id", "type", "name", "aliases": [...], "articles": [...], "mentions"}],
     "edges": [{"id", "type", "source", "target", "confidence",
                "articles": [...], "evidence": [{"article", "sentence", "start", "end",
                                                  "rule", "extractor", "date"}]}],
     "articles": [{"id", "path", "title", "date", "entities": [...]}]}
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import GraphFileError
from .schema import ENTITY_TYPES, RELATION_TYPES
from .types import Entity, Evidence, Graph, Relation


def edge_id(rel: Relation) -> str:
    return f"{rel.type}|{rel.source}|{rel.target}"


def to_json(graph: Graph) -> dict:
    return {
        "meta": graph.meta,
        "nodes": [
            {
                "id": e.id,
                "type": e.type,
                "name": e.name,
                "aliases": e.aliases,
                "articles": e.articles,
                "mentions": e.mentions,
            }
            for e in graph.entities
        ],
        "edges": [
            {
                "id": edge_id(r),
                "type": r.type,
                "source": r.source,
                "target": r.target,
                "confidence": round(r.confidence, 3),
                "articles": r.articles,
                "evidence": [ev.to_json() for ev in r.evidence],
            }
            for r in graph.relations
        ],
        "articles": graph.articles,
    }


def dumps(graph: Graph) -> str:
    return json.dumps(to_json(graph), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def from_json(data: dict) -> Graph:
    try:
        entities = [
            Entity(
                id=n["id"],
                type=n["type"],
                name=n["name"],
                aliases=list(n.get("aliases") or []),
                articles=list(n.get("articles") or []),
                mentions=int(n.get("mentions") or 0),
            )
            for n in data["nodes"]
        ]
        relations = [
            Relation(
                type=e["type"],
                source=e["source"],
                target=e["target"],
                confidence=float(e.get("confidence") or 0.0),
                evidence=[
                    Evidence(
                        article=ev["article"],
                        sentence=ev["sentence"],
                        start=int(ev.get("start") or 0),
                        end=int(ev.get("end") or 0),
                        rule=ev.get("rule") or "",
                        extractor=ev.get("extractor") or "",
                        date=ev.get("date"),
                    )
                    for ev in e.get("evidence") or []
                ],
            )
            for e in data["edges"]
        ]
        articles = list(data.get("articles") or [])
    except (KeyError, TypeError, ValueError) as exc:
        raise GraphFileError(f"graph file is malformed: {exc!r}") from exc
    known_types = set(ENTITY_TYPES)
    for e in entities:
        if e.type not in known_types:
            raise GraphFileError(f"graph file has a node of unknown type {e.type!r}")
    ids = {e.id for e in entities}
    for r in relations:
        if r.type not in RELATION_TYPES:
            raise GraphFileError(f"graph file has an edge of unknown type {r.type!r}")
        if r.source not in ids or r.target not in ids:
            raise GraphFileError(f"graph file has an edge to a missing node: {r.source} -> {r.target}")
    return Graph(entities=entities, relations=relations, articles=articles, meta=dict(data.get("meta") or {}))


def load(path: str | Path) -> Graph:
    """Read a graph.json, or the graph.json inside a build directory."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.json"
    if not p.is_file():
        raise GraphFileError(f"no built graph at {p}: run `kg build` first")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"cannot read {p}: {exc}") from exc
    if not isinstance(data, dict):
        raise GraphFileError(f"{p} is not a kg graph (expected a JSON object)")
    return from_json(data)


def to_networkx(graph: Graph):
    """A MultiDiGraph with entity and Article nodes; imported lazily (networkx is slow to import)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for e in graph.entities:
        g.add_node(e.id, type=e.type, name=e.name, aliases=e.aliases)
    for a in graph.articles:
        g.add_node(a["id"], type="Article", name=a.get("title") or a["id"])
        for ent in a.get("entities", []):
            g.add_edge(a["id"], ent, key="MENTIONS", type="MENTIONS")
    for r in graph.relations:
        g.add_edge(r.source, r.target, key=r.type, type=r.type)
    return g


def degrees(graph: Graph) -> dict[str, int]:
    """Degree of each entity over extracted relations (MENTIONS excluded)."""
    deg: Counter[str] = Counter({e.id: 0 for e in graph.entities})
    for r in graph.relations:
        deg[r.source] += 1
        deg[r.target] += 1
    return dict(deg)


def stats(graph: Graph) -> dict:
    deg = degrees(graph)
    names = {e.id: e.name for e in graph.entities}
    top = sorted(deg.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:10]
    return {
        "articles": len(graph.articles),
        "nodes": dict(sorted(Counter(e.type for e in graph.entities).items())),
        "edges": dict(sorted(Counter(r.type for r in graph.relations).items())),
        "evidence": sum(len(r.evidence) for r in graph.relations),
        "most_connected": [{"id": i, "name": names[i], "degree": d} for i, d in top if d],
    }
