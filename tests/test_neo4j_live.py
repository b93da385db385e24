"""The Neo4j store against a live server (CI runs one; see .github/workflows/ci.yml).

    docker compose up -d && set -a && . ./.env && set +a
    python -m pytest -q tests/test_neo4j_live.py

Every test starts and ends by wiping kg's labels (Person, Company, Cluster, Model,
Article) in NEO4J_DATABASE: point NEO4J_URI at a throwaway server, not one whose
graph you want to keep.
"""
from __future__ import annotations

import json
import os
from collections import Counter

import pytest
from click.testing import CliRunner

from kg import queries, schema
from kg.cli import cli
from kg.errors import AuthFailed, QueryError, StoreError
from kg.stores import statements as st
from kg.stores.embedded import EmbeddedStore
from kg.stores.neo4j import Neo4jStore

from conftest import SMALL_GRAPH, without_article

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(
        not os.environ.get("NEO4J_URI"),
        reason="NEO4J_URI not set: start Neo4j (docker compose up -d) and export NEO4J_URI, "
               "NEO4J_USER, NEO4J_PASSWORD to run the live Neo4j suite"),
]


def settings(**override) -> dict:
    out = {"uri": os.environ.get("NEO4J_URI"), "user": os.environ.get("NEO4J_USER", "neo4j"),
           "password": os.environ.get("NEO4J_PASSWORD"),
           "database": os.environ.get("NEO4J_DATABASE", "neo4j")}
    return {**out, **override}


@pytest.fixture
def store():
    """An open store on an empty kg graph, wiped again afterwards."""
    s = Neo4jStore(**settings())
    s.wait_until_ready(60)
    with s:
        s.wipe()
        try:
            yield s
        finally:
            s.wipe()


def expected_counts(graph) -> dict[str, int]:
    """What counts() should say once `graph` alone is loaded, from the statement rows."""
    out = {label: len(rows) for label, rows in st.node_rows(graph).items()}
    by_type: Counter = Counter()
    for key, rows in st.rel_rows(graph).items():
        by_type[key.type] += len(rows)
    out.update({t: by_type[t] for t in schema.REL_TYPES})
    return out


def test_load_the_fixture(store, small_graph):
    seen = []
    counts = store.write(small_graph, batch_size=2, progress=seen.append)
    expected = expected_counts(small_graph)
    assert store.counts() == expected
    assert counts.nodes_created == sum(expected[label] for label in schema.NODE_LABELS) == 9
    assert counts.rels_created == sum(expected[t] for t in schema.REL_TYPES)
    assert counts.nodes_merged == counts.rels_merged == 0
    assert sum(seen) == counts.rows
    assert store.missing_constraints() == []


def test_loading_twice_merges_and_keeps_the_same_counts(store, small_graph):
    first = store.write(small_graph)
    before = store.counts()
    second = store.write(small_graph, batch_size=1)
    assert store.counts() == before
    assert second.nodes_created == second.rels_created == 0
    assert second.nodes_merged == first.nodes_created
    assert second.rels_merged == first.rels_created


def test_hostile_strings_round_trip(store, small_graph):
    store.write(small_graph)
    for e in small_graph.entities:
        _, rows = store.run(f"MATCH (n:{e.type} {{id: $id}}) RETURN n.name, n.aliases, n.articles", {"id": e.id})
        assert rows == [[e.name, e.aliases, e.articles]]
    for a in small_graph.articles:
        _, rows = store.run("MATCH (a:Article {id: $id}) RETURN a.title, a.path, a.date", {"id": a["id"]})
        assert rows == [[a["title"], a["path"], a["date"]]]
    for r in small_graph.relations:
        _, rows = store.run(f"MATCH ()-[e:{r.type}]->() WHERE e.id = $id RETURN e.evidence, e.sentences",
                            {"id": f"{r.type}|{r.source}|{r.target}"})
        [[evidence, sentences]] = rows
        assert json.loads(evidence) == [ev.to_json() for ev in r.evidence]
        assert sentences == [ev.sentence for ev in r.evidence]
    hostile = next(e for e in small_graph.entities if e.id == "person:quote")
    assert store.counts()["Person"] == 3  # the name's "DETACH DELETE" stayed a string
    _, rows = store.run("MATCH (n:Person) WHERE n.name = $name RETURN n", {"name": hostile.name})
    assert rows[0][0]["name"] == hostile.name  # a node comes back as a plain dict


def test_sync_retracts_what_only_removed_articles_supported(store, small_graph, tmp_path):
    smaller = without_article(small_graph, "a1")
    store.write(small_graph)
    counts = store.write(smaller, sync=True)
    assert store.counts() == expected_counts(smaller)
    assert counts.nodes_deleted == 9 - sum(len(r) for r in st.node_rows(smaller).values())
    # The embedded store, given the same two writes, retracts the same.
    (tmp_path / "db").mkdir()
    with EmbeddedStore(tmp_path / "db" / "graph.lbug") as embedded:
        embedded.write(small_graph)
        local = embedded.write(smaller, sync=True)
        assert embedded.counts() == store.counts()
    assert (local.nodes_deleted, local.rels_deleted) == (counts.nodes_deleted, counts.rels_deleted)
    # Without sync nothing is retracted.
    store.write(small_graph)
    assert store.write(smaller).nodes_deleted == 0
    assert store.counts() == expected_counts(small_graph)


def test_wipe_deletes_kg_nodes_only(store, small_graph):
    store.write(small_graph)
    store._driver.execute_query("CREATE (:KgLiveTestOther {id: 'keep'})", database_=store.database)
    try:
        assert store.wipe() == 9
        assert not any(store.counts().values())
        _, rows = store.run("MATCH (n:KgLiveTestOther) RETURN count(n)")
        assert rows == [[1]]
    finally:
        store._driver.execute_query("MATCH (n:KgLiveTestOther) DELETE n", database_=store.database)


def test_counts_equal_the_embedded_store(store, small_graph, fixture_db):
    store.write(small_graph)
    with EmbeddedStore(fixture_db, read_only=True) as embedded:
        assert store.counts() == embedded.counts()


def example_params(q: queries.Query) -> dict:
    return {p.name: p.example for p in q.params if p.example is not None}


@pytest.mark.parametrize("name", [q.name for q in queries.list_queries()])
def test_every_canned_query_runs_and_agrees_with_the_embedded_store(store, small_graph, fixture_db, name):
    store.write(small_graph)
    q = queries.load(name)
    columns, rows = queries.run(q, store, example_params(q))
    with EmbeddedStore(fixture_db, read_only=True) as embedded:
        local_columns, local_rows = queries.run(q, embedded, example_params(q))
    assert columns == local_columns
    assert len(rows) == len(local_rows)


def test_run_maps_a_bad_query_to_query_error(store):
    with pytest.raises(QueryError, match="query failed"):
        store.run("MATCH (n:Person RETURN n")


def test_wrong_password_is_auth_failed():
    with pytest.raises(AuthFailed, match="check NEO4J_USER / NEO4J_PASSWORD"):
        with Neo4jStore(**settings(password=(settings()["password"] or "") + "-wrong")):
            pass


def test_missing_database_is_named():
    with pytest.raises(StoreError, match="no database 'kgnosuchdb'"):
        with Neo4jStore(**settings(database="kgnosuchdb")):
            pass


def test_wait_until_ready_returns_at_once_on_a_running_server():
    s = Neo4jStore(**settings())
    try:
        assert s.wait_until_ready(30) < 5
    finally:
        s.close()


def cli_env() -> dict:
    s = settings()
    return {"NEO4J_URI": s["uri"], "NEO4J_USER": s["user"], "NEO4J_PASSWORD": s["password"],
            "NEO4J_DATABASE": s["database"]}


def test_cli_load_then_reload(store):
    runner = CliRunner()
    first = runner.invoke(cli, ["load", str(SMALL_GRAPH)], env=cli_env())
    assert first.exit_code == 0, first.output
    assert "nodes:          9 created, 0 merged" in first.output
    second = runner.invoke(cli, ["load", str(SMALL_GRAPH), "--sync"], env=cli_env())
    assert second.exit_code == 0, second.output
    assert "nodes:          0 created, 9 merged" in second.output
    assert "deleted (sync): 0 nodes, 0 relationships" in second.output


def test_doctor_passes_after_a_load_and_fails_on_an_empty_graph(store, small_graph, fixture_db):
    runner = CliRunner()
    empty = runner.invoke(cli, ["doctor", "--out", str(fixture_db.parent)], env=cli_env())
    assert empty.exit_code == 1
    assert "holds no kg nodes" in empty.output and "fix: load the build: kg load" in empty.output
    store.write(small_graph)
    result = runner.invoke(cli, ["doctor", "--out", str(fixture_db.parent)], env=cli_env())
    assert result.exit_code == 0, result.output
    names = [line.split()[1] for line in result.output.splitlines() if not line.startswith(" ")]
    assert names == ["embedded", "connection", "server", "database", "constraints", "graph"]
    assert all(line.startswith("ok") for line in result.output.splitlines())
