"""The embedded LadybugDB store on real databases in temporary directories."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import without_article
from kg.errors import QueryError, StoreError
from kg.stores.base import LoadCounts
from kg.stores.embedded import EmbeddedStore, copyable, write_fresh
from kg.types import Entity, Evidence, Relation

HOSTILE = [
    'O\'Brien "Bob" \\ } MATCH (n) DETACH DELETE n //',
    "line one\nline two\r\nthree",
    "",
    "comma, [bracket] {brace} 'single'",
    "\x1e record separator in a plain string",
    "😀 emoji 扎克伯格 <script>alert(1)</script>",
]


def dump(store) -> dict:
    """Every node and edge with all its properties, sorted: equal dumps mean equal data."""
    nodes = store.run("MATCH (n) RETURN label(n) AS label, n AS n")[1]
    edges = store.run("MATCH (a)-[e]->(b) RETURN label(e) AS t, a.id AS a, b.id AS b, e AS e")[1]

    def clean(props):
        return {k: v for k, v in props.items() if not k.startswith("_")}

    return {
        "nodes": sorted(json.dumps([lbl, clean(n)], ensure_ascii=False, sort_keys=True) for lbl, n in nodes),
        "edges": sorted(json.dumps([t, a, b, clean(e)], ensure_ascii=False, sort_keys=True)
                        for t, a, b, e in edges),
    }


def hostile_graph(graph):
    """The fixture plus an entity and a relation made only of awkward strings."""
    graph.entities.append(Entity(id="model:hostile", type="Model", name=HOSTILE[1],
                                 aliases=HOSTILE + ["", ""], articles=["a1"], mentions=1))
    graph.relations.append(Relation(
        type="BUILDS", source="company:meta", target="model:hostile", confidence=0.25,
        evidence=[Evidence(article="a1", sentence=s, start=0, end=len(s), rule="r\n'", extractor="x")
                  for s in HOSTILE]))
    return graph


def test_write_counts_then_rewrite_changes_nothing(tmp_path, small_graph):
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        first = store.write(small_graph, batch_size=2)
        after_first = store.counts()
        second = store.write(small_graph, batch_size=2)
        assert store.counts() == after_first
    assert (first.nodes_created, first.nodes_merged) == (9, 0)  # 7 entities + 2 articles
    assert (first.rels_created, first.rels_merged) == (15, 0)   # 6 relations + 9 mentions
    assert (second.nodes_created, second.nodes_merged, second.rels_created, second.rels_merged) == (0, 9, 0, 15)
    assert first.rows == second.rows == 24
    assert first.per_type["Person"] == {"created": 3, "merged": 0, "deleted": 0}
    assert second.per_type["BUILDS"] == {"created": 0, "merged": 2, "deleted": 0}
    assert after_first == {"Person": 3, "Company": 2, "Cluster": 1, "Model": 1, "Article": 2,
                           "RECRUITED_FROM": 1, "LEADS": 2, "FOUNDED": 0, "WORKS_AT": 1,
                           "BUILDS": 2, "MENTIONS": 9}


def test_progress_reports_every_row(tmp_path, small_graph):
    seen = []
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        counts = store.write(small_graph, batch_size=3, progress=seen.append)
    assert sum(seen) == counts.rows == 24 and max(seen) <= 3


@pytest.mark.parametrize("how", ["merge", "copy"])
def test_hostile_strings_round_trip_as_plain_data(tmp_path, small_graph, how):
    graph = hostile_graph(small_graph)
    path = tmp_path / "graph.lbug"
    write_fresh(graph, path, bulk=(how == "copy"))
    with EmbeddedStore(path, read_only=True) as store:
        _, rows = store.run("MATCH (n:Model {id: 'model:hostile'}) RETURN n.name, n.aliases")
        assert rows == [[HOSTILE[1], HOSTILE + ["", ""]]]
        _, rows = store.run("MATCH (:Company)-[e:BUILDS]->(m:Model {id: $id}) "
                            "RETURN e.sentences, e.rules, e.evidence, e.confidence", {"id": "model:hostile"})
        sentences, rules, evidence, confidence = rows[0]
        assert sentences == HOSTILE and rules == ["r\n'"] and confidence == 0.25
        assert [e["sentence"] for e in json.loads(evidence)] == HOSTILE
        _, rows = store.run("MATCH (n:Person {id: 'person:quote'}) RETURN n.name, n.aliases")
        assert rows == [['O\'Brien "Bob" \\ } MATCH (n) DETACH DELETE n //', ["<script>alert(1)</script>", "😀"]]]
        # The Cypher-looking name was data: nothing was deleted.
        assert store.counts()["Person"] == 3


def test_copy_and_merge_build_identical_databases(tmp_path, small_graph):
    graph = hostile_graph(small_graph)
    write_fresh(graph, tmp_path / "copy.lbug", bulk=True)
    write_fresh(graph, tmp_path / "merge.lbug", bulk=False)
    with EmbeddedStore(tmp_path / "copy.lbug") as a, EmbeddedStore(tmp_path / "merge.lbug") as b:
        assert dump(a) == dump(b)
        assert a.counts() == b.counts()


def test_values_copy_cannot_carry_fall_back_to_merge(tmp_path, small_graph):
    small_graph.entities[0].aliases.append("split\x1ehere")
    assert not copyable(small_graph)
    counts = write_fresh(small_graph, tmp_path / "graph.lbug")
    assert counts.nodes_created == 9
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        _, rows = store.run("MATCH (n:Person {id: 'person:markzuckerberg'}) RETURN n.aliases")
        assert rows[0][0][-1] == "split\x1ehere"


def test_sync_retracts_only_what_removed_articles_alone_supported(tmp_path, small_graph):
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        store.write(small_graph)
        smaller = without_article(small_graph, "a1")
        plain = store.write(smaller)  # no sync: nothing goes
        assert plain.nodes_deleted == plain.rels_deleted == 0
        assert store.counts()["BUILDS"] == 2
        synced = store.write(smaller, sync=True)
        counts = store.counts()
        _, leads = store.run("MATCH (p:Person {id: 'person:markzuckerberg'})-[e:LEADS]->(c:Company) "
                             "RETURN c.name, e.articles, e.sentences")
        _, articles = store.run("MATCH (a:Article) RETURN a.id")
    # a1 alone supported both BUILDS edges, Hyperion, Llama 4 and the a1 mentions.
    assert counts["BUILDS"] == 0 and counts["Cluster"] == 0 and counts["Model"] == 0
    assert articles == [["a2"]]
    assert synced.per_type["Article"]["deleted"] == 1
    assert synced.nodes_deleted == 3 and synced.rels_deleted == 2 + 4  # BUILDS x2, a1's mentions x4
    # a2 still supports Zuckerberg LEADS Meta: it stays, with a2's evidence only.
    assert leads == [["Meta", ["a2"], ["Meta CEO紥尅伯格在最新採訪中說"]]]
    assert counts["Person"] == 3 and counts["Company"] == 2 and counts["MENTIONS"] == 5


def test_wipe_deletes_kg_nodes_and_edges(fixture_db):
    with EmbeddedStore(fixture_db) as store:
        assert store.wipe() == 9
        assert set(store.counts().values()) == {0}


def test_counts_of_a_new_empty_database_are_zero(tmp_path):
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        assert set(store.counts().values()) == {0}
        assert store.wipe() == 0


def test_constructor_does_no_io(tmp_path):
    store = EmbeddedStore(tmp_path / "nowhere" / "graph.lbug")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(StoreError, match="is not open"):
        store.run("RETURN 1")


def test_write_fresh_replaces_the_old_database_and_leaves_no_temp_files(tmp_path, small_graph):
    path = tmp_path / "graph.lbug"
    write_fresh(small_graph, path)
    write_fresh(without_article(small_graph, "a2"), path)
    with EmbeddedStore(path, read_only=True) as store:
        assert store.counts()["Article"] == 1
        assert store.counts()["RECRUITED_FROM"] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.lbug"]


@pytest.mark.parametrize("bulk", [True, False])
def test_a_failed_fresh_build_leaves_the_old_database_intact(tmp_path, small_graph, bulk):
    path = tmp_path / "graph.lbug"
    write_fresh(small_graph, path)
    before = path.read_bytes()
    broken = without_article(small_graph, "a2")
    broken.relations.append(Relation(type="BUILDS", source="person:markzuckerberg", target="company:meta"))
    with pytest.raises(Exception):
        write_fresh(broken, path, bulk=bulk)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.lbug"]
    with EmbeddedStore(path, read_only=True) as store:
        assert store.counts()["Article"] == 2


def test_a_failing_write_rolls_back(tmp_path, small_graph):
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        store.write(small_graph)
        before = dump(store)
        broken = without_article(small_graph, "a1")  # changes Person rows, written first
        broken.entities.append(Entity(id="model:x", type="Model", name="x", mentions=2**70))  # INT64 overflow
        with pytest.raises(StoreError, match="writing to .* failed"):
            store.write(broken, sync=True)
        assert dump(store) == before


def test_failing_query_is_a_query_error(fixture_db):
    with EmbeddedStore(fixture_db, read_only=True) as store:
        with pytest.raises(QueryError, match="^query failed: .*") as info:
            store.run("MATCH (n:Person RETURN n")
        assert "\n" not in str(info.value)


def test_missing_database_for_reading(tmp_path):
    with pytest.raises(StoreError, match="^no embedded database at .*graph.lbug: run `kg build` first$"):
        EmbeddedStore(tmp_path / "graph.lbug", read_only=True).open()
    assert not (tmp_path / "graph.lbug").exists()


def test_corrupt_database_is_one_clear_line(tmp_path):
    path = tmp_path / "graph.lbug"
    path.write_bytes(b"not a database" * 500)
    with pytest.raises(StoreError, match="is damaged .*rebuild it with `kg build`") as info:
        EmbeddedStore(path).open()
    assert "\n" not in str(info.value)


def test_bad_paths(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        EmbeddedStore(tmp_path).open()
    with pytest.raises(StoreError, match="does not exist"):
        EmbeddedStore(tmp_path / "missing" / "graph.lbug").open()


def test_database_locked_by_another_process(fixture_db):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, ladybug\ndb = ladybug.Database(sys.argv[1])\nprint('ready', flush=True)\n"
         "sys.stdin.readline()", str(fixture_db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="is in use by another process .*close it and retry") as info:
            EmbeddedStore(fixture_db).open()
        assert "\n" not in str(info.value)
    finally:
        holder.communicate("\n", timeout=30)


def test_load_counts_type():
    assert isinstance(LoadCounts(), LoadCounts)
