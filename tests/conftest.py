"""Shared fixtures: the small hostile graph, and graphs and databases derived from it."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from kg import graph as graph_mod
from kg.types import Graph

DATA = Path(__file__).parent / "data"
SMALL_GRAPH = DATA / "small_graph.json"


@pytest.fixture
def small_graph() -> Graph:
    """tests/data/small_graph.json: 7 entities, 6 relations, 2 articles, hostile strings."""
    return graph_mod.load(SMALL_GRAPH)


def without_article(graph: Graph, article_id: str) -> Graph:
    """The graph as a build without one article would give it: evidence is counted per article.

    The article's evidence goes; a relation it alone supported goes; an entity no remaining
    article mentions goes, with its relations.
    """
    g = copy.deepcopy(graph)
    g.articles = [a for a in g.articles if a["id"] != article_id]
    for e in g.entities:
        e.articles = [a for a in e.articles if a != article_id]
    g.entities = [e for e in g.entities if e.articles]
    kept = {e.id for e in g.entities}
    for r in g.relations:
        r.evidence = [ev for ev in r.evidence if ev.article != article_id]
    g.relations = [r for r in g.relations if r.evidence and r.source in kept and r.target in kept]
    return g


@pytest.fixture
def fixture_db(tmp_path, small_graph) -> Path:
    """A fresh embedded database of the small graph, built the way `kg build` builds it."""
    from kg.stores.embedded import write_fresh

    path = tmp_path / "out" / "graph.lbug"
    write_fresh(small_graph, path)
    return path
